import type { Tier } from "@/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import { earliestReapplicationDate } from "@/lib/calendar/validity";
import { isForCause, REVOCATION_REASONS, type RevocationReason } from "@/lib/workflow/revocation-reasons";
import type { Tx } from "../db-types";
import { dateOf, isoOf } from "@/lib/calendar/today";

const TIER_BELOW: Partial<Record<Tier, Tier>> = { specialized: "innovative", little_giant: "specialized" };
const TIER_NAME: Record<Tier, { zh: string; en: string }> = {
  innovative: { zh: "创新型中小企业", en: "innovative SME" },
  specialized: { zh: "专精特新中小企业", en: "specialized SME" },
  little_giant: { zh: "专精特新“小巨人”企业", en: "little giant" },
};

const isReason = (value: string | null): value is RevocationReason => (REVOCATION_REASONS as readonly string[]).includes(value ?? "");

/**
 * Why this firm may not apply to this programme today, or null. A firm that holds a valid title
 * of the programme's tier keeps it by re-review at expiry, not by applying again; each higher
 * tier requires a valid title of the tier below (rules.md); a cancellation for cause bars
 * re-applying for the programme's cooling-off period ("Re-applying", default 3 years).
 */
export async function prerequisiteProblem(
  tx: Tx,
  companyId: string,
  programme: { tier: Tier; cooloffYears: number },
  today: string,
): Promise<DomainError | null> {
  const revocations = await tx.recognitionEvent.findMany({
    where: { companyId, kind: "revoked" },
    select: { reasonCategory: true, occurredOn: true },
    orderBy: { occurredOn: "desc" },
  });
  for (const event of revocations) {
    if (!isReason(event.reasonCategory) || !isForCause(event.reasonCategory)) continue;
    const from = earliestReapplicationDate(isoOf(event.occurredOn), programme.cooloffYears);
    if (today < from) {
      return new DomainError(
        "invalid",
        { zh: `贵企业因被撤销认定，${from}起方可再次申报。`, en: `Your firm's title was cancelled for cause; it may apply again from ${from}.` },
        { mayApplyFrom: from },
      );
    }
  }
  const held = await tx.recognition.findFirst({
    where: { companyId, tier: programme.tier, status: { in: ["active", "under_rereview"] }, validUntil: { gte: dateOf(today) } },
    select: { certificateNo: true, validUntil: true },
    orderBy: { validUntil: "desc" },
  });
  if (held) {
    const until = isoOf(held.validUntil);
    return new DomainError(
      "conflict",
      {
        zh: `贵企业已持有有效期至${until}的${TIER_NAME[programme.tier].zh}称号（证书编号 ${held.certificateNo}），无需重复申报；有效期届满时参加复核即可。`,
        en: `Your firm already holds a valid ${TIER_NAME[programme.tier].en} title (certificate ${held.certificateNo}, valid until ${until}); it is renewed by re-review at expiry, not by a new application.`,
      },
      { certificateNo: held.certificateNo, validUntil: until },
    );
  }
  const below = TIER_BELOW[programme.tier];
  if (!below) return null;
  const valid = await tx.recognition.findFirst({
    where: { companyId, tier: below, status: { in: ["active", "under_rereview"] }, validUntil: { gte: dateOf(today) } },
    select: { id: true },
  });
  if (valid) return null;
  return new DomainError("invalid", {
    zh: `申报${TIER_NAME[programme.tier].zh}须持有有效期内的${TIER_NAME[below].zh}称号。`,
    en: `Applying as a ${TIER_NAME[programme.tier].en} requires a valid ${TIER_NAME[below].en} title.`,
  });
}
