import path from "node:path";

export type DatabaseConfig = { kind: "postgres"; url: string; parallelWorkers?: number } | { kind: "pglite"; dataDir: string | null };

/**
 * DATABASE_URL=postgresql://… selects a PostgreSQL server; otherwise the embedded PGlite keeps
 * its data in PGLITE_DATA_DIR (default ./data/pglite). PGLITE_DATA_DIR=memory:// keeps it in memory.
 * DATABASE_PARALLEL_WORKERS sets the server's parallel workers per query for the portal's
 * connections (default 0; see open-database.ts).
 */
export function databaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url, parallelWorkers: parallelWorkers(env.DATABASE_PARALLEL_WORKERS) };
  if (url) throw new Error("DATABASE_URL must start with postgresql:// (leave it unset for the embedded database)");
  const dir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), "data", "pglite");
  return { kind: "pglite", dataDir: dir === "memory://" ? null : dir };
}

function parallelWorkers(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`DATABASE_PARALLEL_WORKERS must be a whole number from 0 to 64, not "${value}"`);
  return n;
}
