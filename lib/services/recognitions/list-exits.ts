import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import type { ExitFilters } from "@/lib/domain/recognitions/list-filters";
import { PUBLIC_EXIT_KINDS } from "@/lib/domain/recognitions/event-kinds";
import { isoOf } from "@/lib/calendar/today";

export interface ExitRow {
  eventId: string;
  kind: string;
  occurredOn: string;
  reasonCategory: string | null;
  tier: Prisma.RecognitionGetPayload<{ select: { tier: true } }>["tier"];
  certificateNo: string;
  provinceCode: string;
  company: { nameZh: string; nameEn: string | null; creditCode: string };
}

/**
 * The public list of exits (rules.md, "Dynamic management"): titles that were revoked or expired,
 * newest first, filtered by tier, province, year and reason. Public data only: the reason's
 * category, never the officials' text or evidence.
 */
export async function listExits(filters: ExitFilters) {
  const where: Prisma.RecognitionEventWhereInput = {
    kind: filters.kind ? filters.kind : { in: [...PUBLIC_EXIT_KINDS] },
    // An "expired" event of a title that was later renewed is not an exit; only titles that are
    // still out count.
    recognition: {
      status: { in: ["revoked", "expired"] },
      ...(filters.tier ? { tier: filters.tier } : {}),
      ...(filters.province ? { provinceCode: filters.province } : {}),
    },
    ...(filters.year ? { occurredOn: { gte: new Date(`${filters.year}-01-01T00:00:00Z`), lte: new Date(`${filters.year}-12-31T00:00:00Z`) } } : {}),
    ...(filters.reason
      ? filters.reason === "validity_ended"
        ? { OR: [{ reasonCategory: "validity_ended" }, { kind: "expired", reasonCategory: null }] }
        : { reasonCategory: filters.reason }
      : {}),
  };
  const db = await prisma();
  const [total, rows] = await Promise.all([
    db.recognitionEvent.count({ where }),
    db.recognitionEvent.findMany({
      where,
      select: {
        id: true,
        kind: true,
        occurredOn: true,
        reasonCategory: true,
        recognition: { select: { tier: true, certificateNo: true, provinceCode: true } },
        company: { select: { nameZh: true, nameEn: true, creditCode: true } },
      },
      orderBy: [{ occurredOn: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.size,
      take: filters.size,
    }),
  ]);
  return {
    total,
    rows: rows.map<ExitRow>((r) => ({
      eventId: r.id,
      kind: r.kind,
      occurredOn: isoOf(r.occurredOn),
      reasonCategory: r.reasonCategory,
      tier: r.recognition.tier,
      certificateNo: r.recognition.certificateNo,
      provinceCode: r.recognition.provinceCode,
      company: r.company,
    })),
  };
}
