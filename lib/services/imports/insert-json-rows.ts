import type { Tx } from "../db-types";

/** A column written from the JSON rows: its SQL type in the record set, and an optional cast (enums). */
export interface JsonColumn {
  name: string;
  type: "uuid" | "text" | "int" | "date";
  cast?: string;
}

/**
 * Inserts many rows with one statement and one parameter: the rows travel as a JSON array and
 * json_to_recordset turns them into a table. With thousands of rows this is many times faster
 * than a multi-row VALUES list with a parameter per cell (notably on PGlite).
 * Table and column names come from code, never from input.
 */
export async function insertJsonRows(tx: Tx, table: string, columns: JsonColumn[], rows: Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const definitions = columns.map((c) => `"${c.name}" ${c.type}`).join(", ");
  const values = columns.map((c) => (c.cast ? `r."${c.name}"::"${c.cast}"` : `r."${c.name}"`)).join(", ");
  return tx.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT ${values} FROM json_to_recordset($1::json) AS r(${definitions})`, JSON.stringify(rows));
}
