import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { postgresUrlFor } from "./support/postgres";
import { testBackend } from "./support/test-backend";

let db: FreshDatabase;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => db.destroy());

describe("migrations", () => {
  it("applying them again changes nothing", async () => {
    const migrations = await readMigrations();
    const tablesBefore = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    const report = await applyMigrations(db.sql, migrations);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(migrations.map((m) => m.name));
    const tablesAfter = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    expect(tablesAfter).toEqual(tablesBefore);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const migrations = await readMigrations();
    const tampered = migrations.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(db.sql, tampered)).rejects.toThrow(/changed after it was applied/);
  });

  it("records migrations in Prisma's own table", async () => {
    const rows = await db.sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toContain("20261123000000_init");
  });
});

describe("audit log", () => {
  it("writes each entry without a chain hash (so without the chain's lock); the sequencer logs it", async () => {
    await db.prisma.auditLog.create({ data: { action: "a", entityType: "test", entityId: "1" } });
    await db.prisma.auditLog.create({ data: { action: "b", entityType: "test", entityId: "2" } });
    const rows = await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.prevHash, r.hash])).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(await db.sql.query(`SELECT tgname FROM pg_trigger WHERE tgname = 'audit_log_chain'`)).toEqual([]);
  });

  it("refuses updates and deletes", async () => {
    await expect(db.sql.exec("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/);
    await expect(db.sql.exec("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
    await expect(db.sql.exec("TRUNCATE audit_log")).rejects.toThrow(/append-only/);
  });
});

if (testBackend() === "postgres")
  describe("the portal's PostgreSQL connections", () => {
    const parallelWorkers = async (query: (sql: string) => Promise<{ v: string }[]>) =>
      (await query("SELECT current_setting('max_parallel_workers_per_gather') AS v"))[0]!.v;

    it("run without parallel workers by default, on every pooled connection, and with them when configured", async () => {
      // Several at once, so more than one connection of the pool answers.
      const answers = await Promise.all(Array.from({ length: 6 }, () => parallelWorkers((sql) => db.sql.query(sql))));
      expect(new Set(answers)).toEqual(new Set(["0"]));
      const [{ name }] = (await db.sql.query<{ name: string }>("SELECT current_database() AS name")) as [{ name: string }];
      const configured = await openDatabase({ kind: "postgres", url: postgresUrlFor(name), parallelWorkers: 2 });
      try {
        expect(await parallelWorkers((sql) => configured.sql.query(sql))).toBe("2");
      } finally {
        await configured.close();
      }
    });
  });
