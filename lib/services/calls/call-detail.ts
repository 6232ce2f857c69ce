import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { may } from "@/lib/auth/permissions";
import { PROVINCIAL_TIERS, TIERS, type Tier } from "@/lib/domain/tier";
import { forbidden } from "@/lib/errors/domain-error";
import { noticeMinimum } from "../batches/notice-minimum";
import { tierFromDb } from "../tier";
import { requireCall } from "./call-access";
import { CALL_SELECT, callView, type CallView } from "./call-row";

export interface RuleSetOption {
  id: string;
  code: string;
  revision: number;
  tier: Tier;
  regionCode: string | null;
  title: { zh: string; en: string };
}

export interface CallFormOptions {
  /** The region every call this administrator creates belongs to (null: national). */
  regionCode: string | null;
  tiers: readonly Tier[];
  ruleSets: RuleSetOption[];
  noticeMinimum: number;
  today: string;
}

/** What the create and edit forms offer: the actor's own level, its tiers, the published rule sets that may serve them. */
export async function callFormOptions(actor: Actor, now = systemNow()): Promise<CallFormOptions> {
  if (!may(actor, "call:manage")) throw forbidden();
  const db = await prisma();
  const regionCode = actor.jurisdictionCode;
  const tiers = regionCode === null ? TIERS : PROVINCIAL_TIERS;
  const rows = await db.ruleSet.findMany({
    where: { status: "published", OR: [{ regionCode: null }, ...(regionCode ? [{ regionCode }] : [])] },
    select: { id: true, code: true, revision: true, tier: true, regionCode: true, titleZh: true, titleEn: true },
    orderBy: [{ tier: "asc" }, { code: "desc" }, { revision: "desc" }],
  });
  return {
    regionCode,
    tiers,
    ruleSets: rows
      .map((r) => ({
        id: r.id,
        code: r.code,
        revision: r.revision,
        tier: tierFromDb(r.tier),
        regionCode: r.regionCode,
        title: { zh: r.titleZh, en: r.titleEn },
      }))
      .filter((r) => (tiers as readonly Tier[]).includes(r.tier)),
    noticeMinimum: await noticeMinimum(),
    today: chinaDate(now),
  };
}

export interface CallDetail {
  call: CallView;
  applications: number;
  /** The revision of the call's rule set that a new application would be judged by today. */
  ruleSetInForce: { code: string; revision: number; title: { zh: string; en: string } } | null;
  regionName: { zh: string; en: string } | null;
}

/** One call for its administrator; "not found" when it is out of their reach. */
export async function callDetail(actor: Actor, id: string, now = systemNow()): Promise<CallDetail> {
  const db = await prisma();
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await db.programme.findUnique({ where: { id }, select: CALL_SELECT }) : null;
  requireCall(actor, row);
  const today = chinaDate(now);
  const [applications, inForce, region] = await Promise.all([
    db.application.count({ where: { programmeId: row!.id } }),
    db.ruleSet.findFirst({
      where: { code: row!.ruleSetCode, status: "published", effectiveFrom: { lte: dateOf(today) } },
      orderBy: [{ effectiveFrom: "desc" }, { revision: "desc" }],
      select: { code: true, revision: true, titleZh: true, titleEn: true },
    }),
    row!.regionCode ? db.region.findUnique({ where: { code: row!.regionCode }, select: { nameZh: true, nameEn: true } }) : null,
  ]);
  return {
    call: callView(row!, today),
    applications,
    ruleSetInForce: inForce ? { code: inForce.code, revision: inForce.revision, title: { zh: inForce.titleZh, en: inForce.titleEn } } : null,
    regionName: region ? { zh: region.nameZh, en: region.nameEn } : null,
  };
}
