import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { sendEmails } from "../notifications/send-email";
import type { Tx } from "../db-types";
import { resolveEvidence } from "./evidence";
import type { CancelRecognitionInput } from "@/lib/domain/recognitions/inputs";
import { loadRecognitionInScope } from "./recognition-scope";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { transitionRecognitionRecord } from "./transition-recognition";

/** A little giant is cancelled by MIIT only on a province's verification still standing. */
async function hasStandingProposal(tx: Tx, recognitionId: string): Promise<boolean> {
  const latest = await tx.recognitionEvent.findFirst({
    where: { recognitionId, kind: { in: ["cancellation_proposed", "flag_cleared", "renewed"] } },
    orderBy: [{ createdAt: "desc" }],
    select: { kind: true },
  });
  return latest?.kind === "cancellation_proposed";
}

/**
 * An official of the recognising authority cancels a title for one of the listed reasons, with
 * a text and evidence (rules.md, "Dynamic management": cancellation). A cancellation for cause
 * starts the re-application cooling-off (lib/services/applications/prerequisites.ts).
 */
export async function cancelRecognition(actor: Actor, input: CancelRecognitionInput, now = systemNow()) {
  requirePermission(actor, "recognition:cancel");
  const db = await prisma();
  const outcome = await db.$transaction(async (tx) => {
    const recognition = await loadRecognitionInScope(tx, actor, input.recognitionId);
    requirePermission(actor, "recognition:cancel", recognition);
    if (recognition.tier === "little_giant" && !(await hasStandingProposal(tx, recognition.id))) {
      throw new DomainError("conflict", {
        zh: "“小巨人”企业须经所在省级主管部门核实并提请后，方可由工业和信息化部撤销。",
        en: "A little giant is cancelled by MIIT only after its province has verified the case and proposed it.",
      });
    }
    if (recognition.version !== input.expectedVersion) throw staleVersion();
    const evidence = await resolveEvidence(tx, recognition.companyId, input);
    return transitionRecognitionRecord(tx, actor, recognition, "revoke", {
      reasonCategory: input.reasonCategory,
      reasonText: input.reasonText,
      evidence,
      occurredOn: dateOf(chinaDate(now)),
    });
  });
  await sendEmails(outcome.emails, outcome.message);
  return { recognitionId: input.recognitionId, status: outcome.to, version: outcome.version };
}
