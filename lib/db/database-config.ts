import path from "node:path";

export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string | null };

/**
 * DATABASE_URL=postgresql://… selects a PostgreSQL server; otherwise the embedded PGlite keeps
 * its data in PGLITE_DATA_DIR (default ./data/pglite). PGLITE_DATA_DIR=memory:// keeps it in memory.
 */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url) throw new Error("DATABASE_URL must start with postgresql:// (leave it unset for the embedded database)");
  const dir = env.PGLITE_DATA_DIR?.trim() || path.join(process.cwd(), "data", "pglite");
  return { kind: "pglite", dataDir: dir === "memory://" ? null : dir };
}
