import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCreditCode } from "@/lib/company/credit-code";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";
import { rowCounts } from "./support/row-counts";

/**
 * Sign-up must not tell whether an email already has an account: the person signing up sees the
 * same answer either way, and the explanation is emailed to the address itself (queued in the
 * outbox, which the worker delivers). A taken email writes nothing else.
 */
let address = 0;
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": `203.0.113.${++address}` }) }));
vi.mock("next-intl/server", () => {
  const messages = JSON.parse(readFileSync("messages/en/signup.json", "utf8")) as Record<string, unknown>;
  const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  const t = Object.assign((key: string) => String(lookup(key) ?? key), { has: (key: string) => typeof lookup(key) === "string" });
  return { getLocale: async () => "en", getTranslations: async () => t };
});

const { registerCompanyAction } = await import("@/lib/actions/signup/register-company");

let db: FreshDatabase;
let serial = 0;

beforeAll(async () => {
  // The sign-up email carries a verification link, sealed in the outbox under this secret.
  process.env.NEXTAUTH_SECRET ??= "signup-test-secret-0123456789abcdef";
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => {
  await db.destroy();
});

function form(email: string) {
  serial += 1;
  const data = new FormData();
  const fields: Record<string, string> = {
    creditCode: buildCreditCode("91", FUZHOU, `EN${String(serial).padStart(7, "0")}`),
    companyName: `福州枚举测试${serial}有限公司`,
    provinceCode: FUJIAN,
    cityCode: FUZHOU,
    countyCode: "",
    industryCode: "C34",
    contactName: "陈测试",
    contactEmail: email,
    contactPhone: "13800138000",
    password: "violet tractor monsoon 7",
    passwordConfirm: "violet tractor monsoon 7",
  };
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** The emails queued for an address, oldest first. */
const mailsTo = (email: string) => db.prisma.outbox.findMany({ where: { recipient: email, channel: "email" }, orderBy: { createdAt: "asc" } });

describe("sign-up with an email that already has an account", () => {
  it("answers exactly as for a new email, writes nothing, and emails the account's owner instead", async () => {
    const email = `owner${Date.now()}@example.cn`;
    const fresh = await registerCompanyAction(form(email));
    expect(fresh).toEqual({ ok: true, data: { email } });
    const owner = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect((await mailsTo(email)).map((m) => m.kind)).toEqual(["signup.registered"]);

    const before = await rowCounts(db);
    const taken = await registerCompanyAction(form(email));
    // The visible answer is the same, field for field.
    expect(taken).toEqual(fresh);
    // Nothing is written but the one email: no company, no second user, no token, no audit entry, no notification.
    expect(await rowCounts(db)).toEqual({ ...before, outbox: before.outbox + 1 });
    expect(await db.prisma.user.count({ where: { email } })).toBe(1);
    // Only the email to the account's owner, which explains what happened.
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.kind)).toEqual(["signup.registered", "signup.email-registered"]);
    const notice = mails[1]!;
    expect(notice.userId).toBe(owner.id);
    expect(notice.titleEn).toBe("Someone tried to register a company with your email");
    expect(notice.titleZh).toBe("有人尝试用您的邮箱注册企业");
    expect(notice.bodyEn).toContain("already has an account");
    // The email repeats nothing the stranger typed.
    expect(`${notice.titleZh}${notice.bodyZh}${notice.bodyEn}`).not.toContain("福州枚举测试");
  });

  it("an email differing only in case is the same account, and is answered the same way", async () => {
    const email = `case${Date.now()}@example.cn`;
    expect(await registerCompanyAction(form(email))).toEqual({ ok: true, data: { email } });
    const before = await rowCounts(db);
    expect(await registerCompanyAction(form(email.toUpperCase()))).toEqual({ ok: true, data: { email } });
    expect(await rowCounts(db)).toEqual({ ...before, outbox: before.outbox + 1 });
    expect(await mailsTo(email.toUpperCase())).toEqual([]);
    expect((await mailsTo(email)).map((m) => m.kind)).toEqual(["signup.registered", "signup.email-registered"]);
  });
});
