import type { Tier } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { may } from "@/lib/auth/permissions";

/**
 * Who acts on a title (rules.md tier table): the province recognises — and so cancels — tiers
 * 1 and 2; MIIT recognises little giants and cancels them on the province's verification
 * (the province proposes, the ministry decides).
 */
export interface RecordInJurisdiction {
  tier: Tier;
  companyId: string;
  cityCode: string;
  provinceCode: string;
}

/** May cancel this title outright. */
export function mayCancel(actor: Actor, record: RecordInJurisdiction): boolean {
  if (!may(actor, "recognition:manage", record)) return false;
  return record.tier === "little_giant" ? actor.role === "ministry" : actor.role === "provincial";
}

/** May verify and propose cancelling a little giant to the ministry. */
export function mayProposeCancellation(actor: Actor, record: RecordInJurisdiction): boolean {
  return record.tier === "little_giant" && actor.role === "provincial" && may(actor, "recognition:manage", record);
}

/**
 * May clear an annual-data flag: the province for the firms in it (it checks the data for every
 * tier), and the ministry for little giants.
 */
export function mayClearFlag(actor: Actor, record: RecordInJurisdiction): boolean {
  if (!may(actor, "recognition:manage", record)) return false;
  return actor.role === "provincial" || (actor.role === "ministry" && record.tier === "little_giant");
}
