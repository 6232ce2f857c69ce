import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { staleVersion } from "@/lib/errors/domain-error";
import { sendEmails } from "../notifications/send-email";
import type { WithdrawRecognitionInput } from "@/lib/domain/recognitions/inputs";
import { loadRecognitionInScope } from "./recognition-scope";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { transitionRecognitionRecord } from "./transition-recognition";

/** The firm gives up its own title (no cooling-off: it is not a cancellation for cause). */
export async function withdrawRecognition(actor: Actor, input: WithdrawRecognitionInput, now = systemNow()) {
  requireOwnCompany(actor, "recognition:withdraw");
  const db = await prisma();
  const outcome = await db.$transaction(async (tx) => {
    const recognition = await loadRecognitionInScope(tx, actor, input.recognitionId, "recognition:read");
    if (recognition.version !== input.expectedVersion) throw staleVersion();
    return transitionRecognitionRecord(tx, actor, recognition, "withdraw", {
      reasonCategory: "withdrawn_by_firm",
      reasonText: input.reasonText,
      occurredOn: dateOf(chinaDate(now)),
    });
  });
  await sendEmails(outcome.emails, outcome.message);
  return { recognitionId: input.recognitionId, status: outcome.to, version: outcome.version };
}
