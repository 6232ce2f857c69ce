import type { RecognitionStatus } from "@/generated/prisma/client";
import { isoOf } from "@/lib/calendar/today";

/** What a firm's pages say about a title it was given: its state today, not the day it was granted. */
export interface TitleState {
  recognitionId: string;
  certificateNo: string;
  status: RecognitionStatus;
  validUntil: string;
}

/**
 * A title's state as of `today`. The nightly expiry job may not have run yet, so an "active"
 * title past its end date is already shown as expired; a title under re-review stays valid while
 * the re-review runs (rules.md, "at expiry"), so it keeps its state.
 */
export function titleState(recognition: { id: string; certificateNo: string; status: RecognitionStatus; validUntil: Date }, today: string): TitleState {
  const validUntil = isoOf(recognition.validUntil);
  const status = recognition.status === "active" && validUntil < today ? "expired" : recognition.status;
  return { recognitionId: recognition.id, certificateNo: recognition.certificateNo, status, validUntil };
}

export const isCurrentTitle = (state: TitleState) => state.status === "active" || state.status === "under_rereview";
