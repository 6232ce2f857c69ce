import { isoOf } from "@/lib/calendar/today";
/**
 * The schema stores only draft/published; what an administrator needs to see is derived from the
 * dates: a published revision is "scheduled" before its effective date, "in-force" while it is the
 * newest effective revision of its code, and "retired" once a newer revision has taken over (or its
 * definition's end date has passed). New applications always get the in-force revision.
 */
export type DisplayStatus = "draft" | "scheduled" | "in-force" | "retired";

export interface StatusRow {
  id: string;
  code: string;
  revision: number;
  status: "draft" | "published";
  effectiveFrom: Date | null;
  effectiveTo?: string | null;
}

const day = isoOf;

export function displayStatuses(rows: readonly StatusRow[], today: string): Map<string, DisplayStatus> {
  const inForce = new Map<string, StatusRow>();
  for (const row of rows) {
    if (row.status !== "published" || !row.effectiveFrom || day(row.effectiveFrom) > today) continue;
    const best = inForce.get(row.code);
    const newer =
      !best || day(row.effectiveFrom) > day(best.effectiveFrom!) || (day(row.effectiveFrom) === day(best.effectiveFrom!) && row.revision > best.revision);
    if (newer) inForce.set(row.code, row);
  }
  const out = new Map<string, DisplayStatus>();
  for (const row of rows) {
    if (row.status === "draft") out.set(row.id, "draft");
    else if (!row.effectiveFrom || day(row.effectiveFrom) > today) out.set(row.id, "scheduled");
    else if (inForce.get(row.code)?.id === row.id && !(row.effectiveTo && row.effectiveTo < today)) out.set(row.id, "in-force");
    else out.set(row.id, "retired");
  }
  return out;
}
