import type { Tier } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { Tx } from "../db-types";
import { PUBLIC_EVENT_KINDS } from "@/lib/domain/recognitions/event-kinds";
import { isoOf } from "@/lib/calendar/today";

export interface HistoryEvent {
  id: string;
  kind: string;
  occurredOn: string;
  tier: Tier;
  certificateNo: string;
  recognitionId: string;
  reasonCategory: string | null;
  /** Only in the full history (the firm's own and its officials'); the public sees the category. */
  reasonText: string | null;
}

/**
 * A firm's entries and exits at every tier, oldest first: the public sees entries, renewals and
 * exits with their reason category; the firm and its officials see the whole management trail.
 * Callers decide who may see the full history.
 */
export async function companyHistory(companyId: string, visibility: "public" | "full", tx?: Tx): Promise<HistoryEvent[]> {
  const db = tx ?? (await prisma());
  const events = await db.recognitionEvent.findMany({
    where: { companyId, ...(visibility === "public" ? { kind: { in: [...PUBLIC_EVENT_KINDS] } } : {}) },
    select: {
      id: true,
      kind: true,
      occurredOn: true,
      reasonCategory: true,
      reasonText: true,
      recognition: { select: { id: true, tier: true, certificateNo: true } },
    },
    orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    take: 500,
  });
  return events.map((e) => ({
    id: e.id,
    kind: e.kind,
    occurredOn: isoOf(e.occurredOn),
    tier: e.recognition.tier,
    certificateNo: e.recognition.certificateNo,
    recognitionId: e.recognition.id,
    reasonCategory: e.reasonCategory,
    reasonText: visibility === "full" ? e.reasonText : null,
  }));
}
