import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_SECTIONS } from "@/lib/application/sections";
import type { Actor } from "@/lib/auth/roles";
import { buildCreditCode } from "@/lib/company/credit-code";
import { createRandom } from "@/lib/demo/random";
import { unsealLink } from "@/lib/outbox/sealed-link";
import { demoFacts } from "@/lib/seed/demo-facts";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { issueAccountToken } from "@/lib/services/accounts/account-tokens";
import { resendVerification, verifyEmailByLink } from "@/lib/services/accounts/email-verification";
import { companyTransition } from "@/lib/services/applications/company-transition";
import { saveDraft } from "@/lib/services/applications/save-draft";
import { startApplication } from "@/lib/services/applications/start-application";
import { registerCompany } from "@/lib/services/signup/register-company";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { attachDocument, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

/**
 * A company contact who signs up proves the address is theirs by the link in the sign-up email:
 * until then drafts are saved but nothing is submitted; the link can be sent again, which
 * retires the older one.
 */
let db: FreshDatabase;
const env = { ...process.env };
const now = new Date("2026-06-01T08:00:00Z");
let serial = 0;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "email-verification-test-secret-0123456789";
  process.env.NEXTAUTH_URL = "https://portal.example.cn";
  delete process.env.SMTP_URL;
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
});
afterAll(async () => {
  process.env = { ...env };
  await db.destroy();
});

async function signUp(): Promise<Actor> {
  serial += 1;
  const email = `verify${serial}@example.cn`;
  const receipt = await registerCompany({
    creditCode: buildCreditCode("91", FUZHOU, `EK${String(serial).padStart(7, "0")}`),
    companyName: `福州验证测试${serial}有限公司`,
    provinceCode: FUJIAN,
    cityCode: FUZHOU,
    countyCode: "",
    industryCode: "C34",
    contactName: "周测试",
    contactEmail: email,
    contactPhone: "13800138000",
    password: "Registered#2026",
    passwordConfirm: "Registered#2026",
  });
  return { id: receipt.userId!, email, name: "周测试", role: "company", jurisdictionCode: null, companyId: receipt.companyId };
}

/** The secret of the newest verification link mailed to the address, read as its owner would. */
async function secretFromMail(email: string): Promise<string> {
  const mail = await db.prisma.outbox.findFirstOrThrow({ where: { recipient: email, link: { not: null } }, orderBy: { createdAt: "desc" } });
  const link = unsealLink(mail.link!);
  expect(link).toMatch(/^https:\/\/portal\.example\.cn\/verify-email\/[A-Za-z0-9_-]{43}$/);
  return link.split("/").at(-1)!;
}

const verifiedAt = async (userId: string) =>
  (await db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } })).emailVerifiedAt;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { status?: number; details?: { reason?: string } }) => `${error.status}:${error.details?.reason}`,
  );

async function completeDraft(actor: Actor) {
  const programme = await createProgramme(db, "innovative");
  await db.prisma.programme.update({ where: { id: programme.id }, data: { ruleSetCode: "innovative-2026" } });
  const { id } = await startApplication(actor, { programmeId: programme.id }, now);
  await attachDocument(db, id);
  await saveDraft(actor, { applicationId: id, expectedVersion: 1, facts: demoFacts(createRandom(7), 2026, "strong"), complete: [...APPLICATION_SECTIONS] });
  return id;
}

describe("email verification for company sign-up", () => {
  it("starts unverified with the link in the sign-up email; drafts are saved, submitting is refused until the link is opened", async () => {
    const actor = await signUp();
    expect(await verifiedAt(actor.id)).toBeNull();
    const mails = await db.prisma.outbox.findMany({ where: { recipient: actor.email } });
    expect(mails.map((m) => m.kind)).toEqual(["signup.registered"]);
    expect(mails[0]!.link).not.toContain("/verify-email/");

    const id = await completeDraft(actor);
    const before = await db.prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, submittedAt: true } });
    const audits = await db.prisma.auditLog.count();
    expect(await refusal(companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: before.version }, now))).toBe("400:email-unverified");
    expect(await db.prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, submittedAt: true } })).toEqual(before);
    expect(await db.prisma.auditLog.count()).toBe(audits);

    expect(await verifyEmailByLink(await secretFromMail(actor.email), now)).toEqual({ outcome: "verified" });
    expect(await verifiedAt(actor.id)).toEqual(now);
    expect(await db.prisma.auditLog.count({ where: { action: "account.email-verified", entityId: actor.id } })).toBe(1);
    await expect(companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: before.version }, now)).resolves.toMatchObject({
      from: "draft",
      to: "municipal_review",
    });
  });

  it("says 'already verified' when the spent link is opened again, and refuses expired, malformed and other-purpose links without a write", async () => {
    const actor = await signUp();
    const secret = await secretFromMail(actor.email);
    const late = new Date(Date.now() + 73 * 3_600_000);
    expect(await verifyEmailByLink(secret, late)).toEqual({ outcome: "refused", verdict: "expired" });
    expect(await verifyEmailByLink("../../etc/passwd")).toEqual({ outcome: "refused", verdict: "unknown" });
    const reset = await db.prisma.$transaction((tx) => issueAccountToken(tx, { userId: actor.id, purpose: "password-reset" }));
    expect(await verifyEmailByLink(reset.secret)).toEqual({ outcome: "refused", verdict: "unknown" });
    expect(await verifiedAt(actor.id)).toBeNull();

    expect(await verifyEmailByLink(secret)).toEqual({ outcome: "verified" });
    expect(await verifyEmailByLink(secret)).toEqual({ outcome: "already-verified" });
    expect(await db.prisma.auditLog.count({ where: { action: "account.email-verified", entityId: actor.id } })).toBe(1);
  });

  it("resends a new link that retires the old one, a few times an hour, and not once the address is verified", async () => {
    const actor = await signUp();
    const first = await secretFromMail(actor.email);
    const limits = { perClient: 2, windowSeconds: 3600 };
    expect(await resendVerification(actor, new Date(), limits)).toEqual({ email: actor.email });
    const second = await secretFromMail(actor.email);
    expect(second).not.toBe(first);
    expect((await db.prisma.outbox.findMany({ where: { recipient: actor.email }, orderBy: { createdAt: "asc" } })).map((m) => m.kind)).toEqual([
      "signup.registered",
      "account.email-verification",
    ]);
    await resendVerification(actor, new Date(), limits);
    const third = await secretFromMail(actor.email);
    expect(await refusal(resendVerification(actor, new Date(), limits))).toBe("400:throttled");
    expect(await db.prisma.accountToken.count({ where: { userId: actor.id, purpose: "email-verification" } })).toBe(3);

    expect(await verifyEmailByLink(first)).toEqual({ outcome: "refused", verdict: "revoked" });
    expect(await verifyEmailByLink(second)).toEqual({ outcome: "refused", verdict: "revoked" });
    expect(await verifyEmailByLink(third)).toEqual({ outcome: "verified" });
    expect(await refusal(resendVerification(actor))).toBe("409:email-verified");
  });

  it("leaves accounts made any other way verified (demo and existing users, officials)", async () => {
    const official = await db.prisma.user.create({
      data: { email: `official${Date.now()}@example.gov.cn`, name: "王芳", role: "municipal", passwordHash: "x" },
    });
    expect(official.emailVerifiedAt).not.toBeNull();
  });
});
