import "server-only";
import type { ApplicationStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, type Bilingual } from "@/lib/errors/domain-error";
import type { BulkDecisionInput } from "@/lib/review/decision-input";
import { decideApplication } from "../applications/decide-application";
import { requireStaff } from "./review-scope";
import { systemNow } from "@/lib/calendar/today";

export type BulkDecisionResult =
  { applicationId: string; ok: true; to: ApplicationStatus; version: number } | { applicationId: string; ok: false; status: number; message: Bilingual };

const UNEXPECTED: Bilingual = { zh: "系统繁忙，该申报未被修改。", en: "Something went wrong; this application was not changed." };

/**
 * Approves or returns several files from the queue. Each goes through `decideApplication` in its
 * own transaction, with the version the official saw: one that changed meanwhile, that the
 * official may not decide, or whose approval would be an override (judged not eligible: decided
 * one by one, with its own reason), is reported and leaves the others decided.
 */
export async function bulkDecideApplications(actor: Actor, input: BulkDecisionInput, now = systemNow()): Promise<BulkDecisionResult[]> {
  requireStaff(actor);
  const seen = new Set<string>();
  const results: BulkDecisionResult[] = [];
  for (const item of input.items) {
    if (seen.has(item.applicationId)) continue;
    seen.add(item.applicationId);
    try {
      const outcome = await decideApplication(
        actor,
        { applicationId: item.applicationId, action: input.action, expectedVersion: item.expectedVersion, reason: input.reason, sections: input.sections },
        now,
        { overrides: "refused" },
      );
      results.push({ applicationId: item.applicationId, ok: true, to: outcome.to, version: outcome.version });
    } catch (error) {
      if (error instanceof DomainError) {
        results.push({ applicationId: item.applicationId, ok: false, status: error.status, message: error.bilingual });
      } else {
        console.error("bulk decision failed for one application", item.applicationId, error);
        results.push({ applicationId: item.applicationId, ok: false, status: 500, message: UNEXPECTED });
      }
    }
  }
  return results;
}
