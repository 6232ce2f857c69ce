/** Inserts rows in chunks, so 150,000 rows are a few hundred multi-row INSERTs, not 150,000 round trips. */
export async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>, size = 2_000): Promise<number> {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
  return rows.length;
}
