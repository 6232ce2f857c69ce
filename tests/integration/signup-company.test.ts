import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { memoryCounter } from "@/lib/auth/rate-limit";
import { buildCreditCode } from "@/lib/company/credit-code";
import { DomainError } from "@/lib/errors/domain-error";
import { registerCompany } from "@/lib/services/signup/register-company";
import { signupSchema, type SignupInput } from "@/lib/domain/signup/signup-schema";
import { signupThrottled } from "@/lib/services/signup/signup-throttle";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { FUJIAN, FUZHOU, SHANXI, TAIYUAN, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let serial = 0;

beforeAll(async () => {
  // The sign-up email carries a verification link, sealed in the outbox under this secret.
  process.env.NEXTAUTH_SECRET ??= "signup-test-secret-0123456789abcdef";
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => db.destroy());

function input(overrides: Partial<SignupInput> = {}): SignupInput {
  serial += 1;
  return {
    creditCode: buildCreditCode("91", FUZHOU, `RU${String(serial).padStart(7, "0")}`),
    companyName: `福州注册测试${serial}有限公司`,
    provinceCode: FUJIAN,
    cityCode: FUZHOU,
    countyCode: "",
    industryCode: "C34",
    contactName: "王芳",
    contactEmail: `signup${serial}@example.cn`,
    contactPhone: "13800138000",
    password: "Registered#2026",
    passwordConfirm: "Registered#2026",
    ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const counts = async () => ({ companies: await db.prisma.company.count(), users: await db.prisma.user.count() });

describe("company sign-up", () => {
  it("creates the company in its region and a company user whose password is hashed with argon2", async () => {
    const data = input();
    const created = await registerCompany(data);
    const company = await db.prisma.company.findUniqueOrThrow({ where: { id: created.companyId! } });
    expect(company).toMatchObject({
      creditCode: data.creditCode,
      nameZh: data.companyName,
      regionCode: FUZHOU,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      industryCode: "C34",
    });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: created.userId! } });
    expect(user).toMatchObject({ role: "company", companyId: company.id, email: data.contactEmail });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, data.password)).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { action: "company.signup", entityId: company.id } })).toBe(1);
  });

  it("an invalid credit code is a field error naming the check character, and nothing is written", async () => {
    const valid = input().creditCode;
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith("0") ? "1" : "0");
    const before = await counts();
    const error = await refusal(registerCompany(input({ creditCode: wrongCheck })));
    expect(error.status).toBe(400);
    expect(error.details).toMatchObject({ field: "creditCode", problem: "check" });
    expect(error.bilingual.zh).toContain("校验位");
    const short = await refusal(registerCompany(input({ creditCode: "91350100M000100" })));
    expect(short.details).toMatchObject({ field: "creditCode", problem: "length" });
    expect(await counts()).toEqual(before);
  });

  it("a code already registered is refused with the way to join the firm instead, and nothing is written", async () => {
    const first = input();
    await registerCompany(first);
    const before = await counts();
    const error = await refusal(registerCompany(input({ creditCode: first.creditCode.toLowerCase() })));
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ field: "creditCode", reason: "registered" });
    expect(error.bilingual.zh).toContain("管理员");
    expect(await counts()).toEqual(before);
  });

  it("an email that already has an account creates nothing and is not refused (the owner is emailed; signup-email-enumeration.test.ts)", async () => {
    const first = input();
    await registerCompany(first);
    const before = await counts();
    await expect(registerCompany(input({ contactEmail: first.contactEmail }))).resolves.toEqual({ email: first.contactEmail, companyId: null, userId: null });
    expect(await counts()).toEqual(before);
  });

  it("a city outside the chosen province is refused", async () => {
    const before = await counts();
    const error = await refusal(registerCompany(input({ provinceCode: FUJIAN, cityCode: TAIYUAN })));
    expect(error.details).toEqual({ field: "cityCode" });
    await expect(registerCompany(input({ provinceCode: SHANXI, cityCode: TAIYUAN }))).resolves.toHaveProperty("companyId");
    expect((await counts()).companies).toBe(before.companies + 1);
  });

  it("the form schema names weak passwords, mismatches and bad phones by field", () => {
    const parsed = signupSchema.safeParse(input({ password: "short", passwordConfirm: "other", contactPhone: "12345", contactEmail: "not-an-email" }));
    expect(parsed.success).toBe(false);
    const byField: Record<string, string> = {};
    for (const issue of parsed.error!.issues) byField[issue.path.join(".")] ??= issue.message;
    expect(byField).toMatchObject({ password: "passwordShort", contactPhone: "phone", contactEmail: "email" });
    const mismatch = signupSchema.safeParse(input({ passwordConfirm: "Different#2026" }));
    expect(mismatch.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["passwordConfirm", "passwordMismatch"]]);
  });
});

describe("new passwords must be hard to guess", () => {
  for (const [password, reason] of [
    ["password12", "password-common"],
    ["Password#2026", "password-common"],
    ["qwertyuiop1", "password-common"],
    ["fujian2026!", "password-weak"],
  ] as const) {
    it(`refuses "${password}" on sign-up with a reason in both languages, and writes nothing`, async () => {
      const before = await counts();
      const error = await refusal(registerCompany(input({ password, passwordConfirm: password })));
      expect(error.details).toEqual({ field: "password", reason });
      expect(error.bilingual.zh).toMatch(/请换一个|请加长/);
      expect(error.bilingual.en).toMatch(/Choose another|Make it longer/);
      expect(await counts()).toEqual(before);
    });
  }

  it("refuses a password made of the person's own email on sign-up", async () => {
    const data = input();
    const password = `${data.contactEmail.split("@")[0]}2026`;
    const error = await refusal(registerCompany({ ...data, password, passwordConfirm: password }));
    expect(error.details).toMatchObject({ field: "password" });
  });

  it("accepts a phrase of unrelated words without digits", async () => {
    await expect(registerCompany(input({ password: "violet tractor monsoon", passwordConfirm: "violet tractor monsoon" }))).resolves.toHaveProperty("userId");
  });
});

describe("sign-up throttling", () => {
  it("allows ten attempts an hour from one address, then refuses", async () => {
    const counter = memoryCounter();
    const limits = { perClient: 10, windowSeconds: 3600 };
    for (let i = 0; i < 10; i++) expect(await signupThrottled("203.0.113.7", limits, counter)).toBe(false);
    expect(await signupThrottled("203.0.113.7", limits, counter)).toBe(true);
    expect(await signupThrottled("203.0.113.8", limits, counter)).toBe(false);
  });
});
