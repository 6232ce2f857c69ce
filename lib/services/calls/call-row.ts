import "server-only";
import { isoOf } from "@/lib/calendar/today";
import { callState, type CallState } from "@/lib/domain/calls/call-state";
import type { CallFields } from "@/lib/domain/calls/call-input";
import type { Tier as DbTier } from "@/generated/prisma/client";
import { tierFromDb } from "../tier";

export const CALL_SELECT = {
  id: true,
  code: true,
  tier: true,
  year: true,
  regionCode: true,
  nameZh: true,
  nameEn: true,
  ruleSetCode: true,
  ruleSetId: true,
  opensOn: true,
  closesOn: true,
  noticeWorkingDays: true,
  validityYears: true,
  annualDataDeadline: true,
  cooloffYears: true,
  municipalReviewDays: true,
  provincialReviewDays: true,
  ministryReviewDays: true,
  expertReviewDays: true,
} as const;

export interface CallRowInput {
  id: string;
  code: string;
  tier: DbTier;
  year: number;
  regionCode: string | null;
  nameZh: string;
  nameEn: string;
  ruleSetCode: string;
  ruleSetId: string | null;
  opensOn: Date;
  closesOn: Date;
  noticeWorkingDays: number;
  validityYears: number;
  annualDataDeadline: string;
  cooloffYears: number;
  municipalReviewDays: number | null;
  provincialReviewDays: number | null;
  ministryReviewDays: number | null;
  expertReviewDays: number | null;
}

export type CallView = Omit<CallFields, "ruleSetId"> & { id: string; code: string; ruleSetCode: string; ruleSetId: string | null; state: CallState };

/** A stored call in the portal's spelling (tier, ISO dates) with its state on the day. */
export function callView(row: CallRowInput, today: string): CallView {
  const opensOn = isoOf(row.opensOn);
  const closesOn = isoOf(row.closesOn);
  return {
    id: row.id,
    code: row.code,
    tier: tierFromDb(row.tier),
    year: row.year,
    regionCode: row.regionCode,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    ruleSetCode: row.ruleSetCode,
    ruleSetId: row.ruleSetId,
    opensOn,
    closesOn,
    noticeWorkingDays: row.noticeWorkingDays,
    validityYears: row.validityYears,
    annualDataDeadline: row.annualDataDeadline,
    cooloffYears: row.cooloffYears,
    municipalReviewDays: row.municipalReviewDays,
    provincialReviewDays: row.provincialReviewDays,
    ministryReviewDays: row.ministryReviewDays,
    expertReviewDays: row.expertReviewDays,
    state: callState({ opensOn, closesOn }, today),
  };
}
