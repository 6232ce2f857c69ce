import type { Page } from "@playwright/test";
import { generate } from "otplib";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * Two-factor sign-in in Chromium: an official sets it up with the page's key (as an app would
 * read it from the QR code), then signs in with password and code; a role the national
 * administrator makes mandatory reaches nothing but the enrolment page until it is set up.
 * Each test turns it off again with a recovery code, so the demo accounts stay as they were.
 */
const OFFICIAL = { email: "xiamen@demo.gov.cn", password: "City#2026" };
const EXPERT = { email: "expert3@demo.sme.cn", password: "Expert#2026" };
const ADMIN = { email: "admin@demo.gov.cn", password: "Admin#2026" };

async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const form = page.getByTestId("confirm-two-factor");
  await form.getByLabel("验证码").fill("000000" === (await generate({ secret })) ? "111111" : "000000");
  await form.getByRole("button", { name: "启用双重验证" }).click();
  await expect(form.getByRole("alert")).toContainText("验证码不正确");
  await form.getByLabel("验证码").fill(await generate({ secret }));
  await form.getByRole("button", { name: "启用双重验证" }).click();
  const codes = page.getByTestId("recovery-codes");
  await expect(codes.getByRole("listitem")).toHaveCount(10);
  return { secret, recoveryCodes: (await codes.getByRole("listitem").allTextContents()).map((code) => code.trim()) };
}

/** The password step of signing in, which for these accounts does not yet leave the page. */
async function passwordStep(page: Page, who: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByLabel("邮箱").fill(who.email);
  await page.getByLabel("密码").fill(who.password);
  await page.getByRole("button", { name: "登录" }).click();
}

async function turnOff(page: Page, recoveryCode: string) {
  await page.goto("/account/two-factor");
  const form = page.getByTestId("disable-two-factor");
  await form.getByLabel("验证码").fill(recoveryCode);
  await form.getByRole("button", { name: "关闭双重验证" }).click();
  // The page then shows the account without two-factor (the form itself is gone).
  await expect(page.getByTestId("two-factor-status")).toHaveText("未启用。");
}

async function setRequired(page: Page, roles: string[]) {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/settings");
  const form = page.getByTestId("two-factor-required");
  for (const [role, label] of [
    ["expert", "评审专家"],
    ["municipal", "市级主管部门"],
  ] as const) {
    await form.getByLabel(label).setChecked(roles.includes(role));
  }
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存。");
  await page.context().clearCookies();
}

test("an official sets up two-factor, then signs in with password and code; a wrong code is refused", async ({ page, expectConsoleError }) => {
  // next-auth answers the password step and the wrong code with 401, which the browser logs.
  expectConsoleError(/status of 401 .*\/api\/auth\/callback\/credentials\)$/);
  await signIn(page, OFFICIAL.email, OFFICIAL.password);
  await page.goto("/account/two-factor");
  await expect(page.getByTestId("two-factor-status")).toHaveText("未启用。");
  await expectAccessible(page);
  const { secret, recoveryCodes } = await enrol(page);
  await page.getByRole("button", { name: "我已保存恢复码，继续" }).click();
  await expect(page.getByTestId("two-factor-status")).toContainText("剩余恢复码：10个");

  await page.context().clearCookies();
  await passwordStep(page, OFFICIAL);
  await expect(page.locator("#signin-error")).toHaveText("此账号已启用双重验证，请输入验证码。");
  await page.getByLabel("验证码").fill("12345");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#signin-error")).toHaveText("验证码不正确或已使用。");
  await expect(page.getByLabel("验证码")).toHaveAttribute("aria-invalid", "true");
  // The code that turned it on was spent; a recovery code signs in instead, once.
  expect(await generate({ secret })).toMatch(/^\d{6}$/);
  await page.getByLabel("验证码").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/staff$/);

  await turnOff(page, recoveryCodes[1]!);
  await page.context().clearCookies();
  await signIn(page, OFFICIAL.email, OFFICIAL.password);
  await expect(page).toHaveURL(/\/staff$/);
});

test.describe.serial("two-factor made mandatory for experts", () => {
  test.afterAll(async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, locale: "zh-CN" });
    await setRequired(await context.newPage(), []);
    await context.close();
  });

  test("an expert without it reaches only the enrolment page until it is set up", async ({ page, expectConsoleError }) => {
    expectConsoleError(/status of 401 .*\/api\/auth\/callback\/credentials\)$/);
    await setRequired(page, ["expert"]);
    await passwordStep(page, EXPERT);
    await expect(page).toHaveURL(/\/account\/two-factor$/);
    await expect(page.getByTestId("must-enrol")).toBeVisible();
    // Every other page and the API treat the session as no one until it is set up.
    await page.goto("/expert");
    await expect(page).toHaveURL(/\/account\/two-factor$/);
    expect((await page.request.get("/api/auth/session").then((r) => r.json())) as object).not.toHaveProperty("actor");

    const { recoveryCodes } = await enrol(page);
    await page.getByRole("button", { name: "我已保存恢复码，继续" }).click();
    await expect(page).toHaveURL(/\/expert$/);
    await page.goto("/account/two-factor");
    await expect(page.getByText("您的角色必须使用双重验证，不能关闭。")).toBeVisible();

    await page.context().clearCookies();
    await setRequired(page, []);
    await passwordStep(page, EXPERT);
    await page.getByLabel("验证码").fill(recoveryCodes[0]!);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/expert$/);
    await turnOff(page, recoveryCodes[1]!);
  });
});
