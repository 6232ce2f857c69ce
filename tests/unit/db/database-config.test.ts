import { describe, expect, it } from "vitest";
import { databaseConfig } from "@/lib/db/database-config";

describe("databaseConfig", () => {
  const url = "postgresql://portal@db.example:5432/sme";

  it("keeps parallel query off for the portal's PostgreSQL connections unless asked", () => {
    expect(databaseConfig({ DATABASE_URL: url })).toEqual({ kind: "postgres", url, parallelWorkers: 0 });
    expect(databaseConfig({ DATABASE_URL: url, DATABASE_PARALLEL_WORKERS: "4" })).toEqual({ kind: "postgres", url, parallelWorkers: 4 });
  });

  it("refuses a parallel-worker count that is not a small whole number, naming the variable", () => {
    for (const value of ["-1", "1.5", "two", "65", "1; DROP TABLE company"]) {
      expect(() => databaseConfig({ DATABASE_URL: url, DATABASE_PARALLEL_WORKERS: value })).toThrow(/DATABASE_PARALLEL_WORKERS/);
    }
  });

  it("uses the embedded database without DATABASE_URL and refuses a URL of another kind", () => {
    expect(databaseConfig({ PGLITE_DATA_DIR: "memory://" })).toEqual({ kind: "pglite", dataDir: null });
    expect(() => databaseConfig({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql:\/\//);
  });
});
