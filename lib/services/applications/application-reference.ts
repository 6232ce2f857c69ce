import type { Tx } from "../db-types";

/**
 * An application's reference number, given when the company first submits it: "SB", the
 * programme year, and a number from the database sequence `application_reference_seq`, so two
 * submissions at once never get the same one and a resubmission keeps its own.
 */
export async function nextApplicationReference(tx: Pick<Tx, "$queryRaw">, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('application_reference_seq') AS n`;
  return formatApplicationReference(year, Number(row!.n));
}

export function formatApplicationReference(year: number, n: number): string {
  return `SB${year}-${String(n).padStart(7, "0")}`;
}

/**
 * Numbers every submitted application that has none, in the order they came, from the same
 * sequence (the migration does the same for files that existed before references; the demo seed
 * after writing its files).
 */
export const NUMBER_SUBMITTED_APPLICATIONS_SQL = `
  UPDATE application a
     SET reference = 'SB' || a.year || '-' || lpad(n.seq::text, 7, '0')
    FROM (SELECT id, nextval('application_reference_seq') AS seq
            FROM (SELECT id FROM application WHERE submitted_at IS NOT NULL AND reference IS NULL ORDER BY submitted_at, id) ordered) n
   WHERE a.id = n.id`;
