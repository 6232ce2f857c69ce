import { generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup/backup";
import { fingerprintDatabase } from "@/lib/db/backup/fingerprint";
import type { DatabaseConfig } from "@/lib/db/database-config";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { appendAudit } from "@/lib/services/audit/append-audit";
import { sequenceAudit } from "@/lib/services/audit/sequence-audit";
import { verifyAuditLog } from "@/lib/services/audit/verify-log";
import { createCompany, seedRegions, FUZHOU, FUJIAN } from "./support/fixtures";
import { TEMPLATE_DATABASE, postgresUrlFor, withAdminClient } from "./support/postgres";
import { testBackend } from "./support/test-backend";

const cleanups: (() => Promise<unknown>)[] = [];
const savedKey = process.env.AUDIT_SIGNING_KEY;
process.env.AUDIT_SIGNING_KEY = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
afterAll(async () => {
  process.env.AUDIT_SIGNING_KEY = savedKey;
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function fillWithData(db: Database) {
  await seedRegions(db);
  for (let i = 0; i < 25; i++) await createCompany(db, FUZHOU, FUJIAN, { nameZh: `备份测试企业${i}有限公司` });
  for (let i = 0; i < 10; i++) {
    await db.prisma.$transaction((tx) => appendAudit(tx, null, { action: "backup-test", entityType: "company", entityId: String(i), data: { i } }));
  }
  await sequenceAudit(db.prisma, { lagMs: 0 });
}

async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), "sme-backup-test-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

// Each run of the suite covers the engine it runs on (PGlite, then PostgreSQL).
if (testBackend() === "pglite")
  describe("backup and restore of the embedded database", () => {
    it("restores the data folder with the same row counts and checksums, audit log intact", async () => {
      const dir = await tempDir();
      const source: DatabaseConfig = { kind: "pglite", dataDir: path.join(dir, "live") };
      let db = await openDatabase(source);
      await applyMigrations(db.sql, await readMigrations());
      await fillWithData(db);
      const before = await fingerprintDatabase(db.sql);
      await db.close();

      await backupDatabase(source, path.join(dir, "backup"));
      // Damage the live database after the backup, then restore over it.
      db = await openDatabase(source);
      await db.prisma.company.deleteMany({});
      await db.close();
      await restoreDatabase(source, path.join(dir, "backup"));

      db = await openDatabase(source);
      try {
        expect(before.company?.rows).toBe(25);
        expect(await fingerprintDatabase(db.sql)).toEqual(before);
        expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: true, leaves: 10, heads: 1 });
      } finally {
        await db.close();
      }
    });
  });

if (testBackend() === "postgres")
  describe("backup and restore of a PostgreSQL database", () => {
    it("pg_dump then pg_restore into an empty database gives the same row counts and checksums, audit log intact", async () => {
      const dir = await tempDir();
      const names = [`sme_backup_src_${randomUUID().slice(0, 8)}`, `sme_backup_dst_${randomUUID().slice(0, 8)}`] as const;
      await withAdminClient(async (c) => {
        await c.query(`CREATE DATABASE "${names[0]}" TEMPLATE "${TEMPLATE_DATABASE}"`);
        await c.query(`CREATE DATABASE "${names[1]}" TEMPLATE template0`);
      });
      cleanups.push(() =>
        withAdminClient(async (c) => {
          for (const name of names) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        }),
      );
      const source: DatabaseConfig = { kind: "postgres", url: postgresUrlFor(names[0]) };
      const target: DatabaseConfig = { kind: "postgres", url: postgresUrlFor(names[1]) };

      const db = await openDatabase(source);
      await fillWithData(db);
      const before = await fingerprintDatabase(db.sql);
      await db.close();

      const file = path.join(dir, "sme.dump");
      await backupDatabase(source, file);
      await restoreDatabase(target, file);

      const restored = await openDatabase(target);
      try {
        expect(before.company?.rows).toBe(25);
        expect(await fingerprintDatabase(restored.sql)).toEqual(before);
        expect(await verifyAuditLog(restored.sql)).toMatchObject({ intact: true, leaves: 10, heads: 1 });
        // The restored log is still guarded: the triggers came back with the schema.
        await expect(restored.sql.exec(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      } finally {
        await restored.close();
      }
    });
  });
