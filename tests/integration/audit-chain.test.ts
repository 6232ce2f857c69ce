import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit } from "@/lib/services/audit/append-audit";
import { verifyAuditChain } from "@/lib/services/audit/verify-chain";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

let db: FreshDatabase;
beforeAll(async () => {
  db = await freshDatabase();
  for (let i = 1; i <= 5; i++) {
    await db.prisma.$transaction((tx) =>
      appendAudit(tx, null, { action: "test", entityType: "application", entityId: `app-${i}`, reason: `reason ${i}`, data: { n: i, text: "原因" } }),
    );
  }
});
afterAll(async () => db.destroy());

/** Tampering needs a superuser who switches the guard triggers off, as an intruder with database access would. */
async function tamper(statement: string) {
  await db.sql.exec(`ALTER TABLE audit_log DISABLE TRIGGER USER; ${statement}; ALTER TABLE audit_log ENABLE TRIGGER USER;`);
}

describe("audit chain verification", () => {
  it("reports an untouched log as intact, counting every entry", async () => {
    expect(await verifyAuditChain(db.sql)).toEqual({ intact: true, entries: 5 });
  });

  it("cannot be edited or deleted through the database's normal paths", async () => {
    await expect(db.sql.exec(`UPDATE audit_log SET reason = 'x' WHERE entity_id = 'app-1'`)).rejects.toThrow(/append-only/);
    await expect(db.sql.exec(`DELETE FROM audit_log WHERE entity_id = 'app-1'`)).rejects.toThrow(/append-only/);
  });

  it("names an edited entry as the first broken link", async () => {
    const [third] = await db.sql.query<{ id: string }>(`SELECT id::text AS id FROM audit_log WHERE entity_id = 'app-3'`);
    await tamper(`UPDATE audit_log SET reason = 'rewritten' WHERE entity_id = 'app-3'`);
    expect(await verifyAuditChain(db.sql)).toMatchObject({ intact: false, brokenAt: third!.id, problem: "content-changed", entries: 2 });
    await tamper(`UPDATE audit_log SET reason = 'reason 3' WHERE entity_id = 'app-3'`);
    expect(await verifyAuditChain(db.sql)).toEqual({ intact: true, entries: 5 });
  });

  it("names the entry after a deleted one as the first broken link", async () => {
    const [fifth] = await db.sql.query<{ id: string }>(`SELECT id::text AS id FROM audit_log WHERE entity_id = 'app-5'`);
    await tamper(`DELETE FROM audit_log WHERE entity_id = 'app-4'`);
    expect(await verifyAuditChain(db.sql)).toMatchObject({ intact: false, brokenAt: fifth!.id, problem: "link-broken", entries: 3 });
  });
});
