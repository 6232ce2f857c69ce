import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { closeSmtpTransports } from "@/lib/outbox/smtp-transport";
import { seedCalendar } from "@/lib/seed/steps/seed-calendar";
import { announceBatch } from "@/lib/services/batches/announce-batch";
import { addBatchEntries } from "@/lib/services/batches/batch-entries";
import { createBatch } from "@/lib/services/batches/create-batch";
import { publishNotice } from "@/lib/services/batches/publish-notice";
import { approvedApplications } from "./support/batch-fixtures";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";
import { testSmtpServer, type TestSmtpServer } from "./support/test-smtp-server";

/**
 * Issue 14: the mail server goes down in the middle of delivering a batch announcement. The
 * announcement itself commits (its emails are in the outbox with it); what the server had not
 * taken waits, and once the server is back every firm of the batch has exactly one email.
 */
let db: FreshDatabase;
let smtp: TestSmtpServer;
const env = { ...process.env };
const FIRMS = 40;

beforeAll(async () => {
  smtp = await testSmtpServer();
  db = await freshDatabase();
  await seedRegions(db);
  await seedCalendar(db.prisma);
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_URL = "https://sme.example.gov.cn/";
});
afterAll(async () => {
  process.env = { ...env };
  closeSmtpTransports();
  await db.destroy();
  await smtp.stop();
});

const addressesOf = (mails: TestSmtpServer["mails"]) =>
  mails.flatMap((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a!.value.map((v) => v.address ?? "")));

describe("a batch announcement while the mail server goes down", () => {
  it("loses no email and sends none twice: after the restart every firm has exactly one", async () => {
    const province = await createActor(db, "provincial", FUJIAN);
    const programme = await createProgramme(db, "specialized");
    const { companyIds } = await approvedApplications(db, {
      programmeId: programme.id,
      tier: "specialized",
      count: FIRMS,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    const users = companyIds.map((companyId, i) => ({
      id: randomUUID(),
      email: `firm${i}-${companyId.slice(0, 8)}@example.cn`,
      name: `企业用户${i}`,
      role: "company" as const,
      companyId,
      passwordHash: "x",
    }));
    await db.prisma.user.createMany({ data: users });
    const batch = await createBatch(province, { programmeId: programme.id });
    await addBatchEntries(province, { batchId: batch.id, all: true });
    const version = async () => (await db.prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).version;
    await publishNotice(province, { batchId: batch.id, expectedVersion: await version(), noticeStart: "2026-09-21" }, new Date("2026-09-20T04:00:00Z"));
    // The notice's own emails to the firms go out first, with the server up.
    expect(await deliverUntilIdle()).toMatchObject({ sent: FIRMS });
    smtp.mails.length = 0;
    const announcement = { kind: "recognition.announced" };

    const result = await announceBatch(province, { batchId: batch.id, expectedVersion: await version() }, new Date("2026-10-12T02:00:00Z"));
    expect(result.recognised).toBe(FIRMS);
    // One announcement email per firm, queued by the announcement's own transaction, for the worker.
    const queued = await db.prisma.outbox.findMany({ where: { userId: { in: users.map((u) => u.id) }, ...announcement }, select: { state: true } });
    expect(queued).toHaveLength(FIRMS);
    expect(queued.every((row) => row.state === "pending")).toBe(true);

    // The worker delivers them; the server takes twelve, then is gone in the middle of it.
    smtp.stopAfter(12);
    const during = await deliverUntilIdle();
    const before = addressesOf(smtp.mails);
    expect(during.sent).toBe(before.length);
    expect(before.length).toBeGreaterThanOrEqual(12);
    expect(before.length).toBeLessThan(FIRMS);
    const states = await db.prisma.outbox.groupBy({ by: ["state"], where: announcement, _count: { _all: true } });
    const count = (state: string) => states.find((s) => s.state === state)?._count._all ?? 0;
    // What the server took is sent; the rest waits to be tried again, none given up.
    expect(count("sent")).toBe(before.length);
    expect(count("pending")).toBe(FIRMS - before.length);
    expect(count("dead")).toBe(0);

    // Tried again while still down: still nothing lost.
    expect(await deliverUntilIdle({ now: () => new Date(Date.now() + 60 * 60_000) })).toMatchObject({ sent: 0, dead: 0 });

    await smtp.start();
    closeSmtpTransports();
    const after = await deliverUntilIdle({ now: () => new Date(Date.now() + 24 * 60 * 60_000) });
    expect(after.sent).toBe(FIRMS - before.length);
    const received = addressesOf(smtp.mails).sort();
    expect(received).toEqual(users.map((u) => u.email).sort());
    expect(await db.prisma.outbox.count({ where: { state: { not: "sent" } } })).toBe(0);
    // Nothing is left to send twice.
    expect(await deliverUntilIdle({ now: () => new Date(Date.now() + 48 * 60 * 60_000) })).toMatchObject({ claimed: 0 });
    expect(smtp.mails).toHaveLength(FIRMS);
  });
});
