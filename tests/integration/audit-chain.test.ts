import { generateKeyPairSync, randomUUID, sign } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditInclusion } from "@/lib/domain/audit/audit-proof";
import { canonicalEntry } from "@/lib/domain/audit/canonical-entry";
import { leafHash, toHex } from "@/lib/domain/audit/merkle";
import { treeHeadBytes } from "@/lib/domain/audit/tree-head";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { appendAudit } from "@/lib/services/audit/append-audit";
import { CANONICAL_COLUMNS, canonicalRow, type CanonicalColumns } from "@/lib/services/audit/audit-row-sql";
import { inclusionProof } from "@/lib/services/audit/inclusion-proof";
import { auditSequencerLag, sequenceAudit, sequenceAuditInTransaction } from "@/lib/services/audit/sequence-audit";
import { auditSigningKey } from "@/lib/services/audit/signing-key";
import { verifyAuditChain } from "@/lib/services/audit/verify-chain";
import { verifyAuditLog } from "@/lib/services/audit/verify-log";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { postgresUrlFor, withAdminClient } from "./support/postgres";
import { testBackend } from "./support/test-backend";

const savedKey = process.env.AUDIT_SIGNING_KEY;
beforeAll(() => {
  process.env.AUDIT_SIGNING_KEY = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
});
afterAll(() => {
  process.env.AUDIT_SIGNING_KEY = savedKey;
});

const opened: FreshDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.destroy();
});

async function databaseWithEntries(count: number): Promise<FreshDatabase> {
  const db = await freshDatabase();
  opened.push(db);
  for (let i = 1; i <= count; i++) {
    await db.prisma.$transaction((tx) =>
      appendAudit(tx, null, { action: "test", entityType: "application", entityId: `app-${i}`, reason: `reason ${i}`, data: { n: i, text: "原因" } }),
    );
  }
  return db;
}

/** Everything committed so far goes into the log (no lag: the tests do not wait). */
async function sequenceAll(db: Database) {
  for (;;) {
    const run = await sequenceAudit(db.prisma, { lagMs: 0 });
    if (!run.more) return run;
  }
}

const idOf = async (db: Database, entityId: string) =>
  (await db.sql.query<{ id: string }>(`SELECT id::text AS id FROM audit_log WHERE entity_id = $1`, [entityId]))[0]!.id;

/** Tampering needs a superuser who switches the guard triggers off, as an intruder with database access would. */
async function tamper(db: Database, table: string, statement: string) {
  await db.sql.exec(`ALTER TABLE ${table} DISABLE TRIGGER USER; ${statement}; ALTER TABLE ${table} ENABLE TRIGGER USER;`);
}

describe("the audit log as a signed Merkle log", () => {
  it("leaves rows younger than the lag pending, then sequences them in (at, id) order under a signed tree head", async () => {
    const db = await databaseWithEntries(5);
    expect(await sequenceAudit(db.prisma)).toMatchObject({ status: "sequenced", sequenced: 0, treeSize: 0 });
    const lag = await auditSequencerLag(db.prisma);
    expect(lag.pending).toBe(5);
    expect(lag.oldestPendingMs).toBeGreaterThanOrEqual(0);
    expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: true, leaves: 0, pending: { count: 5 } });

    expect(await sequenceAll(db)).toMatchObject({ status: "sequenced", sequenced: 5, treeSize: 5 });
    const order = await db.sql.query<{ entity_id: string }>(`SELECT a.entity_id FROM audit_leaf l JOIN audit_log a ON a.id = l.audit_id ORDER BY l.seq`);
    expect(order.map((r) => r.entity_id)).toEqual(["app-1", "app-2", "app-3", "app-4", "app-5"]);
    expect(await auditSequencerLag(db.prisma)).toMatchObject({ pending: 0, oldestPendingMs: null, treeSize: 5 });
    expect(await verifyAuditLog(db.sql)).toEqual({ intact: true, legacyEntries: 0, leaves: 5, heads: 1, pending: { count: 0, oldestAt: null } });
    // A run with nothing new signs nothing.
    expect(await sequenceAudit(db.prisma, { lagMs: 0 })).toMatchObject({ sequenced: 0, treeSize: 5 });
    expect(await db.sql.query(`SELECT 1 FROM audit_tree_head`)).toHaveLength(1);

    // None of it can be edited or deleted through the database's normal paths.
    for (const [table, column] of [
      ["audit_log", "reason"],
      ["audit_leaf", "leaf_hash"],
      ["audit_tree_head", "key_id"],
    ] as const) {
      await expect(db.sql.exec(`UPDATE ${table} SET ${column} = 'x'`)).rejects.toThrow(/append-only/);
      await expect(db.sql.exec(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(db.sql.exec(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
    }
  });

  it("gives a row that commits late with an earlier time the next position, and still verifies", async () => {
    const db = await databaseWithEntries(3);
    await sequenceAll(db);
    await db.sql.exec(
      `INSERT INTO audit_log (at, actor_role, action, entity_type, entity_id) VALUES (now() - interval '1 second', 'system', 'test', 'application', 'late')`,
    );
    await appendAudit(db.prisma, null, { action: "test", entityType: "application", entityId: "after" });
    expect(await sequenceAll(db)).toMatchObject({ sequenced: 2, treeSize: 5 });
    const [late] = await db.sql.query<{ seq: string }>(
      `SELECT l.seq::text AS seq FROM audit_leaf l JOIN audit_log a ON a.id = l.audit_id WHERE a.entity_id = 'late'`,
    );
    expect(late!.seq).toBe("3");
    expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: true, leaves: 5, heads: 2 });
  });

  it("proves each entry's inclusion under the signed head, checkable with the public key alone", async () => {
    const db = await databaseWithEntries(7);
    await sequenceAll(db);
    await appendAudit(db.prisma, null, { action: "test", entityType: "application", entityId: "not-yet" });
    const { publicKey } = auditSigningKey();
    for (let i = 1; i <= 7; i++) {
      const proof = await inclusionProof(db.prisma, await idOf(db, `app-${i}`));
      if (proof.status !== "included") throw new Error(`app-${i} is not included`);
      expect(proof).toMatchObject({ leafIndex: i - 1, treeHead: { size: 7 } });
      // The reader ties the proof to the entry they see by hashing it themselves.
      const [row] = await db.sql.query<CanonicalColumns>(`SELECT ${CANONICAL_COLUMNS} FROM audit_log a WHERE a.id = $1::bigint`, [proof.auditId]);
      expect(toHex(leafHash(canonicalEntry(canonicalRow(row!))))).toBe(proof.leafHash);
      expect(verifyAuditInclusion(proof, publicKey)).toBe(true);
      expect(verifyAuditInclusion({ ...proof, leafIndex: (proof.leafIndex + 1) % 7 }, publicKey)).toBe(false);
      expect(verifyAuditInclusion({ ...proof, treeHead: { ...proof.treeHead, signedAt: "2030-01-01T00:00:00.000Z" } }, publicKey)).toBe(false);
      expect(verifyAuditInclusion(proof, generateKeyPairSync("ed25519").publicKey)).toBe(false);
    }
    expect(await inclusionProof(db.prisma, await idOf(db, "not-yet"))).toMatchObject({ status: "pending" });
    expect(await inclusionProof(db.prisma, "999999")).toMatchObject({ status: "not-found" });
    expect(await inclusionProof(db.prisma, "1; DROP TABLE audit_log")).toMatchObject({ status: "not-found" });
  });

  it("runs one sequencer at a time: concurrent runs neither skip nor repeat a row", async () => {
    const db = await databaseWithEntries(20);
    const runs = await Promise.all([1, 2, 3].map(() => sequenceAudit(db.prisma, { lagMs: 0, limit: 7 })));
    await sequenceAll(db);
    expect(runs.reduce((n, r) => n + r.sequenced, 0)).toBeLessThanOrEqual(20);
    const [counts] = await db.sql.query<{ leaves: number; distinct_rows: number }>(
      `SELECT count(*)::int AS leaves, count(DISTINCT audit_id)::int AS distinct_rows FROM audit_leaf`,
    );
    expect(counts).toEqual({ leaves: 20, distinct_rows: 20 });
    const report20 = await verifyAuditLog(db.sql);
    expect(report20.problem).toBeUndefined();
    expect(report20).toMatchObject({ intact: true, leaves: 20 });
  });

  it("leaves nothing behind when a run dies before committing, and the next run completes it", async () => {
    const db = await databaseWithEntries(4);
    await expect(
      db.prisma.$transaction(async (tx) => {
        await sequenceAuditInTransaction(tx, { lagMs: 0 });
        throw new Error("killed");
      }),
    ).rejects.toThrow("killed");
    expect(await db.sql.query(`SELECT 1 FROM audit_leaf UNION ALL SELECT 1 FROM audit_tree_head`)).toEqual([]);
    expect(await sequenceAll(db)).toMatchObject({ sequenced: 4, treeSize: 4 });
    expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: true, leaves: 4 });
  });

  if (testBackend() === "postgres") {
    it("writes audit rows without waiting for another transaction's uncommitted audit row", async () => {
      const db = await databaseWithEntries(0);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const inserted = new Promise<void>((resolve) => (entered = resolve));
      const slow = db.sql.transaction(async (tx) => {
        await tx.query(`INSERT INTO audit_log (actor_role, action, entity_type, entity_id) VALUES ('system', 'test', 'application', 'slow')`);
        entered();
        await held;
      });
      await inserted;
      // Under the old chain's advisory lock this insert waited for the open transaction to end.
      const fast = db.sql.transaction((tx) =>
        tx.query(`INSERT INTO audit_log (actor_role, action, entity_type, entity_id) VALUES ('system', 'test', 'application', 'fast')`),
      );
      const outcome = await Promise.race([fast.then(() => "committed"), new Promise((r) => setTimeout(() => r("blocked"), 3_000))]);
      release();
      await slow;
      await fast;
      expect(outcome).toBe("committed");
    });
  }
});

describe("tampering is detected by the verifier", () => {
  it("an edited entry, named; and with its leaf hash rewritten to match, by the tree head", async () => {
    const db = await databaseWithEntries(5);
    await sequenceAll(db);
    await tamper(db, "audit_log", `UPDATE audit_log SET reason = 'rewritten' WHERE entity_id = 'app-3'`);
    const report = await verifyAuditLog(db.sql);
    expect(report).toMatchObject({ intact: false, problem: { kind: "entry-changed" } });
    expect(report.problem!.detail).toContain(`entry ${await idOf(db, "app-3")} at log position 2`);
    await tamper(db, "audit_log", `UPDATE audit_log SET reason = 'reason 3' WHERE entity_id = 'app-3'`);
    expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: true });

    const id = await idOf(db, "app-2");
    await tamper(db, "audit_log", `UPDATE audit_log SET to_status = 'approved' WHERE id = ${id}`);
    const [row] = await db.sql.query<CanonicalColumns>(`SELECT ${CANONICAL_COLUMNS} FROM audit_log a WHERE a.id = ${id}`);
    await tamper(db, "audit_leaf", `UPDATE audit_leaf SET leaf_hash = '${toHex(leafHash(canonicalEntry(canonicalRow(row!))))}' WHERE audit_id = ${id}`);
    expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: false, problem: { kind: "head-root-mismatch" } });
  });

  it("a deleted entry, named; and with its leaf deleted too, the gap it leaves", async () => {
    const db = await databaseWithEntries(5);
    await sequenceAll(db);
    const id = await idOf(db, "app-4");
    await tamper(db, "audit_log", `DELETE FROM audit_log WHERE id = ${id}`);
    const report = await verifyAuditLog(db.sql);
    expect(report).toMatchObject({ intact: false, problem: { kind: "entry-deleted" } });
    expect(report.problem!.detail).toContain(`entry ${id} at log position 3`);
    await tamper(db, "audit_leaf", `DELETE FROM audit_leaf WHERE audit_id = ${id}`);
    expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: false, problem: { kind: "position-missing", detail: expect.stringContaining("position 3") } });
  });

  it("two entries swapped in the log's order", async () => {
    const db = await databaseWithEntries(5);
    await sequenceAll(db);
    await tamper(
      db,
      "audit_leaf",
      `UPDATE audit_leaf SET seq = -1 WHERE seq = 1; UPDATE audit_leaf SET seq = 1 WHERE seq = 2; UPDATE audit_leaf SET seq = 2 WHERE seq = -1`,
    );
    expect(await verifyAuditLog(db.sql)).toMatchObject({
      intact: false,
      problem: { kind: "head-root-mismatch", detail: expect.stringContaining("tree head of size 5") },
    });
  });

  it("a row inserted afterwards with an old date, named", async () => {
    const db = await databaseWithEntries(3);
    await sequenceAll(db);
    // Inserting needs no privilege beyond the portal's own.
    await db.sql.exec(
      `INSERT INTO audit_log (at, actor_role, action, entity_type, entity_id, reason) VALUES ('2026-01-05T02:00:00Z', 'official', 'application.approve', 'application', 'backdated', 'old')`,
    );
    await sequenceAll(db);
    const report = await verifyAuditLog(db.sql);
    expect(report).toMatchObject({ intact: false, problem: { kind: "entry-left-out" } });
    expect(report.problem!.detail).toContain(`entry ${await idOf(db, "backdated")} is dated 2026-01-05T02:00:00.000Z`);
  });

  it("a row slipped into the log with a forged tree head", async () => {
    const db = await databaseWithEntries(3);
    await sequenceAll(db);
    await db.sql.exec(`INSERT INTO audit_log (actor_role, action, entity_type, entity_id) VALUES ('official', 'application.approve', 'application', 'forged')`);
    const id = await idOf(db, "forged");
    const [row] = await db.sql.query<CanonicalColumns>(`SELECT ${CANONICAL_COLUMNS} FROM audit_log a WHERE a.id = ${id}`);
    const leaves = (await db.sql.query<{ leaf_hash: string }>(`SELECT leaf_hash FROM audit_leaf ORDER BY seq`)).map((l) => Buffer.from(l.leaf_hash, "hex"));
    const leaf = leafHash(canonicalEntry(canonicalRow(row!)));
    await db.sql.exec(`INSERT INTO audit_leaf (seq, audit_id, leaf_hash) VALUES (3, ${id}, '${toHex(leaf)}')`);
    expect(await verifyAuditLog(db.sql)).toMatchObject({ intact: false, problem: { kind: "leaves-unsigned" } });
    const { MerkleTree } = await import("@/lib/domain/audit/merkle");
    const root = new MerkleTree([...leaves, leaf]).root();
    const forger = generateKeyPairSync("ed25519").privateKey;
    const signedAt = new Date();
    const signature = sign(null, treeHeadBytes({ size: 4, root, timestamp: signedAt }), forger).toString("base64");
    await db.sql.exec(
      `INSERT INTO audit_tree_head (tree_size, root_hash, signed_at, key_id, signature) VALUES (4, '${toHex(root)}', '${signedAt.toISOString()}', '${auditSigningKey().keyId}', '${signature}')`,
    );
    expect(await verifyAuditLog(db.sql)).toMatchObject({
      intact: false,
      problem: { kind: "head-bad-signature", detail: expect.stringContaining("tree head of size 4") },
    });
  });
});

describe("the rows of the old hash chain", () => {
  it("become the first leaves in chain order at the first run; the chain still verifies, and an edit to it is named", async () => {
    const migrations = await readMigrations();
    const mine = migrations.findIndex((m) => m.name.endsWith("_audit_merkle_log"));
    let db: Database;
    let drop = async () => undefined as unknown;
    if (testBackend() === "postgres") {
      const name = `sme_test_legacy_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
      await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
      db = await openDatabase({ kind: "postgres", url: postgresUrlFor(name) });
      drop = () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    } else {
      db = await openDatabase({ kind: "pglite", dataDir: null });
    }
    try {
      await applyMigrations(db.sql, migrations.slice(0, mine));
      // Dated newest first, so chain order (id) and time order disagree.
      for (let i = 1; i <= 4; i++) {
        await db.sql.exec(
          `INSERT INTO audit_log (at, actor_role, action, entity_type, entity_id) VALUES (now() - interval '1 hour' + interval '${10 - i} minutes', 'system', 'legacy', 'application', 'old-${i}')`,
        );
      }
      await applyMigrations(db.sql, migrations);
      for (let i = 1; i <= 2; i++)
        await db.sql.exec(`INSERT INTO audit_log (actor_role, action, entity_type, entity_id) VALUES ('system', 'test', 'application', 'new-${i}')`);
      expect(await verifyAuditChain(db.sql)).toEqual({ intact: true, entries: 4 });
      await sequenceAll(db);
      const order = await db.sql.query<{ entity_id: string }>(`SELECT a.entity_id FROM audit_leaf l JOIN audit_log a ON a.id = l.audit_id ORDER BY l.seq`);
      expect(order.map((r) => r.entity_id)).toEqual(["old-1", "old-2", "old-3", "old-4", "new-1", "new-2"]);
      expect(await verifyAuditLog(db.sql)).toEqual({ intact: true, legacyEntries: 4, leaves: 6, heads: 1, pending: { count: 0, oldestAt: null } });
      await tamper(db, "audit_log", `UPDATE audit_log SET entity_id = 'old-x' WHERE entity_id = 'old-2'`);
      expect(await verifyAuditLog(db.sql)).toMatchObject({
        intact: false,
        problem: { kind: "legacy-chain-broken", detail: expect.stringContaining("was changed after it was written") },
      });
    } finally {
      await db.close();
      await drop();
    }
  });
});
