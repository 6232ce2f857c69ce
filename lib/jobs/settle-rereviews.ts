import { Prisma } from "@/generated/prisma/client";
import { renewedValidity, DEFAULT_VALIDITY_YEARS } from "@/lib/calendar/validity";
import { recordTransition, requireTransition } from "@/lib/services/applications/record-transition";
import { dateOf, isoOf } from "@/lib/calendar/today";
import { transitionRecognitionRecord } from "@/lib/services/recognitions/transition-recognition";
import type { JobDefinition } from "./job-types";

/**
 * Applies decided re-reviews: an approved re-review application renews the title for another
 * validity period from the day after the old one ends (event "renewed") and is itself marked
 * recognised; a rejected or withdrawn one ends the title ("re-review not passed"). Titles whose
 * re-review is still being decided are left alone — they stay valid meanwhile.
 */
export const settleRereviewsJob: JobDefinition = {
  name: "settle-rereviews",
  async run({ tx, today, now }) {
    const decided = await tx.$queryRaw<{ recognition_id: string; application_id: string; application_status: string }[]>`
      SELECT DISTINCT ON (r.id) r.id AS recognition_id, a.id AS application_id, a.status::text AS application_status
      FROM recognition r
      JOIN recognition_event e ON e.recognition_id = r.id AND e.kind = 'rereview_started'
      JOIN application a ON a.id::text = e.evidence->>'applicationId'
      WHERE r.status = 'under_rereview'
      ORDER BY r.id, e.created_at DESC
    `;
    let renewed = 0;
    let failed = 0;
    for (const row of decided) {
      if (!["approved", "rejected", "withdrawn"].includes(row.application_status)) continue;
      const recognition = await tx.recognition.findUniqueOrThrow({
        where: { id: row.recognition_id },
        select: {
          id: true,
          companyId: true,
          tier: true,
          status: true,
          version: true,
          cityCode: true,
          provinceCode: true,
          certificateNo: true,
          validFrom: true,
          validUntil: true,
          programmeId: true,
        },
      });
      const application = await tx.application.findUniqueOrThrow({
        where: { id: row.application_id },
        select: {
          id: true,
          status: true,
          version: true,
          tier: true,
          year: true,
          returnedByLevel: true,
          reopenSections: true,
          companyId: true,
          cityCode: true,
          provinceCode: true,
          programmeId: true,
          ruleSetId: true,
          facts: true,
          sectionState: true,
          reference: true,
        },
      });
      if (application.status === "approved") {
        const programme = recognition.programmeId
          ? await tx.programme.findUnique({ where: { id: recognition.programmeId }, select: { validityYears: true } })
          : null;
        const next = renewedValidity(
          { start: isoOf(recognition.validFrom), end: isoOf(recognition.validUntil) },
          programme?.validityYears ?? DEFAULT_VALIDITY_YEARS,
        );
        await recordTransition(tx, null, application, await requireTransition(tx, application, "recognise", application.version), { now });
        await transitionRecognitionRecord(tx, null, recognition, "renew", {
          reasonText: `复核通过，有效期延续至${next.end}`,
          evidence: { applicationId: application.id, validFrom: next.start, validUntil: next.end },
          // The renewed title is judged by the rule set of its re-review from now on.
          data: {
            validUntil: dateOf(next.end),
            ruleSetId: application.ruleSetId ?? undefined,
            applicationId: application.id,
            flaggedAt: null,
            flagReason: Prisma.DbNull,
            rereviewRightLost: false,
          },
          occurredOn: dateOf(today),
        });
        renewed += 1;
      } else {
        await transitionRecognitionRecord(tx, null, recognition, "fail_rereview", {
          reasonCategory: "rereview_failed",
          reasonText: application.status === "withdrawn" ? "企业撤回复核申报" : "复核未通过",
          evidence: { applicationId: application.id },
          rereviewFailed: true,
          occurredOn: dateOf(today),
        });
        failed += 1;
      }
    }
    return { renewed, failed };
  },
};
