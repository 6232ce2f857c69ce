import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tokenHash } from "@/lib/domain/accounts/account-token";
import { openDatabase } from "@/lib/db/open-database";
import { deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { queueEmail } from "@/lib/outbox/queue-email";
import { closeSmtpTransports } from "@/lib/outbox/smtp-transport";
import { consumeAccountToken, inspectAccountToken, issueAccountToken } from "@/lib/services/accounts/account-tokens";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor } from "./support/fixtures";
import { testBackend } from "./support/test-backend";
import { testSmtpServer, type TestSmtpServer } from "./support/test-smtp-server";

/**
 * Single-use account links on the real database: only a hash is stored, a link is spent once
 * (also by two requests at the same moment), an older link stops when a newer one is issued,
 * and the email's link is sealed in the outbox and erased once sent.
 */
let db: FreshDatabase;
let smtp: TestSmtpServer;
const env = { ...process.env };

beforeAll(async () => {
  smtp = await testSmtpServer();
  db = await freshDatabase();
});
afterAll(async () => {
  closeSmtpTransports();
  await db.destroy();
  await smtp.stop();
});
beforeEach(() => {
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_SECRET = "account-token-test-secret-0123456789";
  smtp.mails.length = 0;
});
afterEach(() => {
  process.env = { ...env };
  closeSmtpTransports();
});

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { details?: { verdict?: string } }) => error.details?.verdict ?? String(error),
  );

describe("account tokens", () => {
  it("store only the secret's hash, spend once, and refuse a reused, replaced, expired, wrong-purpose or malformed link", async () => {
    const user = await createActor(db, "company");
    const now = new Date("2026-12-03T02:00:00Z");
    const first = await db.prisma.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "password-reset", now }));
    const second = await db.prisma.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "password-reset", now }));
    const rows = await db.prisma.accountToken.findMany({ where: { userId: user.id } });
    expect(rows.map((row) => row.tokenHash).sort()).toEqual([tokenHash(first.secret), tokenHash(second.secret)].sort());
    expect(JSON.stringify(rows)).not.toContain(first.secret);
    expect(second.expiresAt.getTime() - now.getTime()).toBe(3_600_000);

    const spend = (secret: unknown, purpose: "password-reset" | "invitation" = "password-reset", at = now) =>
      db.prisma.$transaction((tx) => consumeAccountToken(tx, secret, purpose, at));
    expect(await refusalOf(spend(first.secret))).toBe("revoked");
    expect(await refusalOf(spend(second.secret, "invitation"))).toBe("unknown");
    expect(await refusalOf(spend(second.secret, "password-reset", second.expiresAt))).toBe("expired");
    expect(await refusalOf(spend("not-a-token"))).toBe("unknown");
    expect(
      await refusalOf(spend(`${second.secret.slice(0, -1)}A` === second.secret ? `${second.secret.slice(0, -1)}B` : `${second.secret.slice(0, -1)}A`)),
    ).toBe("unknown");
    expect((await db.prisma.accountToken.findMany({ where: { usedAt: { not: null } } })).length).toBe(0);

    expect((await db.prisma.$transaction((tx) => inspectAccountToken(tx, second.secret, "password-reset", now))).verdict).toBe("valid");
    await expect(spend(second.secret)).resolves.toMatchObject({ userId: user.id });
    expect(await refusalOf(spend(second.secret))).toBe("used");
    expect((await db.prisma.$transaction((tx) => inspectAccountToken(tx, second.secret, "password-reset", now))).verdict).toBe("used");
  });

  it.runIf(testBackend() === "postgres")("is spent by one of two requests that arrive at the same moment", async () => {
    const user = await createActor(db, "company");
    const issued = await db.prisma.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "invitation" }));
    const other = await openDatabase({ kind: "postgres", url: db.url! });
    try {
      const outcomes = await Promise.all(
        [db, other].map((client) => refusalOf(client.prisma.$transaction((tx) => consumeAccountToken(tx, issued.secret, "invitation")))),
      );
      expect(outcomes.sort()).toEqual(["accepted", "used"]);
    } finally {
      await other.close();
    }
  });

  it("reach the person by email with the link sealed in the outbox, erased once sent", async () => {
    const user = await createActor(db, "company");
    const issued = await db.prisma.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "password-reset" }));
    const link = `/signin/reset/${issued.secret}`;
    await db.prisma.$transaction((tx) =>
      queueEmail(tx, [user.email], { kind: "account.password-reset", title: { zh: "重设密码", en: "Reset your password" }, link }, { secretLink: true }),
    );
    const queued = await db.prisma.outbox.findFirstOrThrow({ where: { recipient: user.email } });
    expect(queued.link).toMatch(/^sealed:v1:/);
    expect(queued.link).not.toContain(issued.secret);

    expect(await deliverUntilIdle()).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.text).toContain(link);
    const sent = await db.prisma.outbox.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ state: "sent", link: null });
  });
});
