import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { startGraphileWorker } from "@/lib/jobs/worker/graphile-runner";
import { startPollingWorker } from "@/lib/jobs/worker/polling-runner";
import { deliverOutbox, deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { installDeliveryHook } from "@/lib/outbox/delivery-hook";
import { outboxConfig } from "@/lib/outbox/outbox-config";
import { queueEmail } from "@/lib/outbox/queue-email";
import { closeSmtpTransports } from "@/lib/outbox/smtp-transport";
import { notify } from "@/lib/services/notifications/notify";
import { discardOutbox, listOutbox, retryOutbox } from "@/lib/services/notifications/outbox-admin";
import { sendEmailDirectly } from "@/lib/services/notifications/send-email";
import { updateNotificationPreferences } from "@/lib/services/notifications/notification-preferences";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, FUJIAN, FUZHOU, SHANXI, TAIYUAN, XIAMEN, seedRegions } from "./support/fixtures";
import { testBackend } from "./support/test-backend";
import { testSmtpServer, type TestSmtpServer } from "./support/test-smtp-server";

/**
 * Emails leave through the outbox: queued by the transaction that makes the change, delivered by
 * a worker to a real SMTP server (smtp-server, read back with mailparser), retried with back-off
 * when the server is away, dead after OUTBOX_MAX_ATTEMPTS, and never sent twice.
 */
let db: FreshDatabase;
let smtp: TestSmtpServer;
const env = { ...process.env };

beforeAll(async () => {
  smtp = await testSmtpServer();
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => {
  closeSmtpTransports();
  await db.destroy();
  await smtp.stop();
});
beforeEach(async () => {
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_URL = "https://sme.example.gov.cn/portal/";
  process.env.OUTBOX_MAX_ATTEMPTS = "3";
  smtp.mode = "accept";
  smtp.mails.length = 0;
  // Each test starts with nothing queued by the previous one.
  await db.prisma.outbox.deleteMany({});
});
afterEach(() => {
  process.env = { ...env };
  closeSmtpTransports();
});

async function companyUsers(count: number) {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  const users = [];
  for (let i = 0; i < count; i += 1) users.push(await createActor(db, "company", null, company.id));
  return users;
}

const message = (kind = "recognition.expired") => ({
  kind,
  title: { zh: "您的称号已到期", en: "Your title has expired" },
  body: { zh: "有效期已届满。", en: "Its validity has ended." },
  link: "/company/recognitions",
});

const minutesLater = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);

describe("the outbox is written by the transaction that makes the change", () => {
  it("a notification queues one email per recipient in the same transaction, and a rolled-back one queues nothing", async () => {
    const users = await companyUsers(2);
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: { in: users.map((u) => u.id) } }], message()));
    expect(await db.prisma.outbox.count({ where: { state: "pending" } })).toBe(2);

    await expect(
      db.prisma.$transaction(async (tx) => {
        await notify(tx, [{ id: users[0]!.id }], message());
        expect(await tx.outbox.count()).toBe(3);
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db.prisma.outbox.count()).toBe(2);
  });

  it("a set-based INSERT into notification (as the jobs and announcing a batch write them) is queued too", async () => {
    const users = await companyUsers(3);
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO notification (id, user_id, kind, title_zh, title_en, link) SELECT gen_random_uuid(), u.id, 'recognition.announced', '列入名单', 'On the list', '/company' FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      users.map((u) => u.id),
    );
    const rows = await db.prisma.outbox.findMany({ select: { recipient: true, kind: true, userId: true } });
    expect(rows.map((r) => r.recipient).sort()).toEqual(users.map((u) => u.email).sort());
    expect(rows.every((r) => r.kind === "recognition.announced")).toBe(true);
  });

  it("a kind the person turned off is not emailed (still in the inbox); an essential kind cannot be turned off", async () => {
    const [official] = await companyUsers(1);
    await updateNotificationPreferences(official!, { email: [] });
    await db.prisma.$transaction(async (tx) => {
      await notify(tx, [{ id: official!.id }], message("change-report.submitted"));
      await notify(tx, [{ id: official!.id }], message("recognition.expired"));
    });
    expect(await db.prisma.notification.count({ where: { userId: official!.id } })).toBe(2);
    expect((await db.prisma.outbox.findMany({ where: { userId: official!.id }, select: { kind: true } })).map((r) => r.kind)).toEqual(["recognition.expired"]);
    await expect(updateNotificationPreferences(official!, { email: ["recognition.expired"] })).rejects.toMatchObject({ status: 400 });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: official!.id } })).emailOptOut).toHaveLength(4);
  });
});

describe("delivery to a real SMTP server", () => {
  it("sends each recipient one bilingual HTML and plain-text email with absolute links, Message-ID the outbox id, once", async () => {
    const users = await companyUsers(2);
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: { in: users.map((u) => u.id) } }], message("change-report.submitted")));
    const report = await deliverUntilIdle();
    expect(report).toMatchObject({ claimed: 2, sent: 2, failed: 0 });
    expect(smtp.mails).toHaveLength(2);
    const ids = await db.prisma.outbox.findMany({ select: { id: true, state: true, sentAt: true } });
    expect(ids.every((row) => row.state === "sent" && row.sentAt)).toBe(true);
    for (const mail of smtp.mails) {
      const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a!.value.map((v) => v.address));
      expect(to).toHaveLength(1);
      expect(users.map((u) => u.email)).toContain(to[0]);
      expect(mail.subject).toBe("您的称号已到期 / Your title has expired");
      const text = mail.text ?? "";
      expect(text.indexOf("有效期已届满")).toBeGreaterThanOrEqual(0);
      expect(text.indexOf("有效期已届满")).toBeLessThan(text.indexOf("Its validity has ended"));
      expect(mail.html).toContain('lang="zh-CN"');
      expect(mail.html).toContain("https://sme.example.gov.cn/portal/company/recognitions");
      expect(text).toContain("https://sme.example.gov.cn/portal/company/recognitions");
      // An optional kind carries the way to turn it off; the portal's name heads it.
      expect(mail.html).toContain("https://sme.example.gov.cn/portal/account/notifications");
      expect(text).toContain("SME Registry");
      expect(ids.map((row) => `<${row.id}@sme.example.gov.cn>`)).toContain(mail.messageId);
    }
    expect(await deliverUntilIdle()).toMatchObject({ claimed: 0, sent: 0 });
    expect(smtp.mails).toHaveLength(2);
  });

  it("an essential kind has no link to turn it off; a direct email to an address without account goes through the outbox", async () => {
    await sendEmailDirectly(["objector@example.org"], { ...message("objection.received"), link: "https://elsewhere.example/notices" });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.html).not.toContain("/account/notifications");
    expect(smtp.mails[0]!.text).toContain("https://elsewhere.example/notices");
    expect(await db.prisma.outbox.findFirstOrThrow({ select: { state: true, userId: true } })).toEqual({ state: "sent", userId: null });
  });

  it("with the SMTP server down the message stays in the outbox and is delivered, once, when it is back", async () => {
    const [user] = await companyUsers(1);
    await smtp.stop();
    try {
      await db.prisma.$transaction(async (tx) => notify(tx, [{ id: user!.id }], message()));
      expect(await deliverOutbox()).toMatchObject({ claimed: 1, failed: 1 });
      const waiting = await db.prisma.outbox.findFirstOrThrow({ select: { state: true, attempts: true, lastError: true, nextAttemptAt: true } });
      expect(waiting).toMatchObject({ state: "pending", attempts: 1 });
      expect(waiting.lastError).toMatch(/ECONNREFUSED|connect/i);
      // Back-off: 30 s after the first failure, so nothing is due yet.
      expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
      expect(await deliverOutbox()).toMatchObject({ claimed: 0 });
    } finally {
      await smtp.start();
    }
    closeSmtpTransports();
    expect(await deliverUntilIdle({ now: minutesLater(1) })).toMatchObject({ sent: 1 });
    expect(smtp.mails).toHaveLength(1);
    expect(await deliverUntilIdle({ now: minutesLater(60) })).toMatchObject({ claimed: 0 });
    expect(await db.prisma.outbox.findFirstOrThrow({ select: { state: true, attempts: true } })).toEqual({ state: "sent", attempts: 2 });
  });

  it("while the server cannot be reached, one message of a batch bears the failure and the rest are given back untouched", async () => {
    const users = await companyUsers(4);
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: { in: users.map((u) => u.id) } }], message()));
    await smtp.stop();
    try {
      const report = await deliverOutbox();
      expect(report.claimed).toBe(4);
      expect(report.failed).toBeGreaterThanOrEqual(1);
      expect(report.failed + report.released).toBe(4);
      expect(await db.prisma.outbox.count({ where: { state: "pending", attempts: 0 } })).toBe(report.released);
    } finally {
      await smtp.start();
    }
    closeSmtpTransports();
    expect(await deliverUntilIdle({ now: minutesLater(1) })).toMatchObject({ sent: 4 });
    expect(smtp.mails).toHaveLength(4);
  });

  it("an administrator retries every dead message at once after an outage", async () => {
    const users = await companyUsers(3);
    const admin = await createActor(db, "administrator");
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: { in: users.map((u) => u.id) } }], message()));
    await db.prisma.outbox.updateMany({ data: { state: "dead", attempts: 3 } });
    expect(await retryOutbox(admin, { all: "dead" })).toEqual({ retried: 3 });
    expect(smtp.mails).toHaveLength(3);
    await expect(retryOutbox(admin, { all: "dead" })).rejects.toMatchObject({ status: 409 });
  });

  it("after OUTBOX_MAX_ATTEMPTS refusals the message is dead; an administrator sees it, retries it, and it is delivered", async () => {
    const [user] = await companyUsers(1);
    const admin = await createActor(db, "administrator");
    const provincialAdmin = await createActor(db, "administrator", FUJIAN);
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: user!.id }], message()));
    smtp.mode = "refuse";
    expect(outboxConfig().maxAttempts).toBe(3);
    const reports = [];
    for (const minutes of [0, 1, 3]) reports.push(await deliverOutbox({ now: minutesLater(minutes) }));
    expect(reports.map((r) => [r.failed, r.dead])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
    ]);
    expect(await deliverOutbox({ now: minutesLater(600) })).toMatchObject({ claimed: 0 });

    const dead = await listOutbox(admin, { state: "dead" });
    expect(dead.total).toBe(1);
    expect(dead.counts.dead).toBe(1);
    expect(dead.rows[0]).toMatchObject({ recipient: user!.email, attempts: 3, state: "dead" });
    expect(dead.rows[0]!.lastError).toMatch(/550/);
    // The firm is in Fujian: Fujian's administrator sees its message too.
    expect((await listOutbox(provincialAdmin)).total).toBe(1);
    await expect(retryOutbox(user!, { ids: [dead.rows[0]!.id] })).rejects.toMatchObject({ status: 403 });

    smtp.mode = "accept";
    expect(await retryOutbox(admin, { ids: [dead.rows[0]!.id] })).toEqual({ retried: 1 });
    // The test's delivery hook (as the worker would) has delivered it already.
    expect(smtp.mails).toHaveLength(1);
    expect(await db.prisma.outbox.findFirstOrThrow({ select: { state: true } })).toEqual({ state: "sent" });
    // A sent message cannot be retried into a second copy, nor discarded.
    await expect(retryOutbox(admin, { ids: [dead.rows[0]!.id] })).rejects.toMatchObject({ status: 409 });
    await expect(discardOutbox(admin, { ids: [dead.rows[0]!.id] })).rejects.toMatchObject({ status: 409 });
  });

  it("a provincial administrator sees, retries and discards only the messages to their province's officials and firms", async () => {
    const fujianFirm = await createCompany(db, FUZHOU, FUJIAN);
    const shanxiFirm = await createCompany(db, TAIYUAN, SHANXI);
    const fujianUser = await createActor(db, "company", null, fujianFirm.id);
    const xiamenOfficial = await createActor(db, "municipal", XIAMEN);
    const shanxiUser = await createActor(db, "company", null, shanxiFirm.id);
    const ministry = await createActor(db, "ministry");
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: { in: [fujianUser.id, xiamenOfficial.id, shanxiUser.id, ministry.id] } }], message()));
    await queueEmail(db.prisma, ["objector_100%@example.com"], message("objection.receipt"));
    await db.prisma.outbox.updateMany({ data: { state: "dead", attempts: 3 } });
    expect(
      (await db.prisma.outbox.findMany({ select: { recipient: true, provinceCode: true }, orderBy: { recipient: "asc" } })).map((r) => [
        r.recipient,
        r.provinceCode,
      ]),
    ).toEqual(
      [
        [fujianUser.email, FUJIAN],
        [xiamenOfficial.email, FUJIAN],
        [shanxiUser.email, SHANXI],
        [ministry.email, null],
        ["objector_100%@example.com", null],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    );

    const national = await createActor(db, "administrator");
    const fujian = await createActor(db, "administrator", FUJIAN);
    const shanxi = await createActor(db, "administrator", SHANXI);
    expect((await listOutbox(national)).total).toBe(5);
    const fujians = await listOutbox(fujian);
    expect(fujians.rows.map((r) => r.recipient).sort()).toEqual([fujianUser.email, xiamenOfficial.email].sort());
    expect(fujians.counts).toMatchObject({ dead: 2, sent: 0 });
    // Search by part of the address; a typed % means itself.
    expect((await listOutbox(national, { recipient: "_100%" })).rows.map((r) => r.recipient)).toEqual(["objector_100%@example.com"]);
    expect((await listOutbox(national, { recipient: "%" })).total).toBe(1);
    expect((await listOutbox(fujian, { recipient: xiamenOfficial.email.toUpperCase() })).total).toBe(1);

    // Another province's message is out of reach: nothing changes, as for a message that is not dead.
    const shanxiRow = (await listOutbox(shanxi)).rows[0]!;
    await expect(retryOutbox(fujian, { ids: [shanxiRow.id] })).rejects.toMatchObject({ status: 409 });
    await expect(discardOutbox(fujian, { ids: [shanxiRow.id] })).rejects.toMatchObject({ status: 409 });
    // "Every dead message" is every one in reach: Fujian's two, delivered; the others stay dead.
    expect(await retryOutbox(fujian, { all: "dead" })).toEqual({ retried: 2 });
    const delivered = smtp.mails.flatMap((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a!.value.map((v) => v.address)));
    expect(delivered.sort()).toEqual([fujianUser.email, xiamenOfficial.email].sort());
    expect(await db.prisma.outbox.count({ where: { state: "dead" } })).toBe(3);
    expect(await discardOutbox(shanxi, { all: "dead" })).toEqual({ discarded: 1 });
    expect((await listOutbox(national)).counts).toMatchObject({ dead: 2, sent: 2, discarded: 1 });
  });

  it("a dead message an administrator discards is never sent", async () => {
    const [user] = await companyUsers(1);
    const admin = await createActor(db, "administrator");
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: user!.id }], message()));
    await db.prisma.outbox.updateMany({ data: { state: "dead", attempts: 3 } });
    const [row] = (await listOutbox(admin)).rows;
    expect(await discardOutbox(admin, { ids: [row!.id] })).toEqual({ discarded: 1 });
    expect(await deliverUntilIdle({ now: minutesLater(600) })).toMatchObject({ claimed: 0 });
    expect(smtp.mails).toHaveLength(0);
    expect((await listOutbox(admin, { state: "discarded" })).total).toBe(1);
  });

  it("a worker asked to stop gives back what it claimed and has not sent", async () => {
    const users = await companyUsers(5);
    await db.prisma.$transaction(async (tx) => notify(tx, [{ id: { in: users.map((u) => u.id) } }], message()));
    let asked = 0;
    const report = await deliverOutbox({ shouldStop: () => ++asked > 1 });
    expect(report.claimed).toBe(5);
    expect(report.sent + report.released).toBe(5);
    expect(report.released).toBeGreaterThan(0);
    expect(await db.prisma.outbox.count({ where: { state: "pending", attempts: 0 } })).toBe(report.released);
    expect(await deliverUntilIdle()).toMatchObject({ sent: report.released });
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(5);
  });
});

describe("the workers", () => {
  it("the embedded database's polling worker delivers what is queued", async () => {
    const [user] = await companyUsers(1);
    installDeliveryHook(undefined);
    const worker = startPollingWorker({ jobsCron: null, pollSeconds: 0.2 });
    try {
      await db.prisma.$transaction(async (tx) => notify(tx, [{ id: user!.id }], message()));
      await expect.poll(() => smtp.mails.length, { timeout: 10_000 }).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it.runIf(testBackend() === "postgres")("graphile-worker delivers at once when asked, through PostgreSQL", async () => {
    const [user] = await companyUsers(1);
    const worker = await startGraphileWorker({ connectionString: db.url!, jobsCron: "0 1 * * *" });
    try {
      await db.prisma.$transaction(async (tx) => notify(tx, [{ id: user!.id }], message()));
      await worker.deliverNow();
      await expect.poll(() => smtp.mails.length, { timeout: 20_000 }).toBe(1);
      const [cron] = await db.prisma.$queryRawUnsafe<{ identifier: string }[]>(
        `SELECT identifier FROM graphile_worker._private_known_crontabs WHERE identifier = 'run-jobs'`,
      );
      expect(cron?.identifier).toBe("run-jobs");
    } finally {
      await worker.stop();
    }
  });

  it.runIf(testBackend() === "postgres")("two workers on two connection pools deliver every message exactly once", async () => {
    const users = await companyUsers(40);
    for (let round = 0; round < 5; round += 1) {
      await db.prisma.$transaction(async (tx) =>
        notify(tx, [{ id: { in: users.map((u) => u.id) } }], { ...message(), title: { zh: `第${round}轮`, en: `Round ${round}` } }),
      );
    }
    const second = await openDatabase({ kind: "postgres", url: db.url! });
    try {
      const [a, b] = await Promise.all([deliverUntilIdle({ limit: 10 }), deliverUntilIdle({ limit: 10, db: second.prisma })]);
      expect(a.sent + b.sent).toBe(200);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
    expect(smtp.mails).toHaveLength(200);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(200);
    expect(await db.prisma.outbox.count({ where: { state: "sent" } })).toBe(200);
  });
});
