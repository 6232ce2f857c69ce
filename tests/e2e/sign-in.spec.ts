import { expect, test } from "./support/test";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { signIn } from "./support/sign-in";

test.describe("signing in", () => {
  for (const account of DEMO_ACCOUNTS.filter((a, i, all) => all.findIndex((b) => b.role === a.role) === i)) {
    test(`the ${account.role} demo account lands on its own dashboard`, async ({ page }) => {
      await signIn(page, account.email, account.password);
      await expect(page).toHaveURL(new RegExp(`${HOME_BY_ROLE[account.role]}$`));
      await expect(page.getByTestId("dashboard-title")).toBeVisible();
      await expect(page.getByTestId("account-name")).toContainText(account.nameZh);
    });
  }

  test("a wrong password shows an error that does not say whether the email exists", async ({ page, expectConsoleError }) => {
    // next-auth's sign-in request is answered 401 for a wrong password; the browser logs it.
    expectConsoleError(/status of 401 .*\/api\/auth\/callback\/credentials\)$/);
    await page.goto("/signin");
    await page.getByLabel("邮箱").fill("fuzhou@demo.gov.cn");
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#signin-error")).toHaveText("邮箱或密码不正确。");
    await page.getByLabel("邮箱").fill("nobody@demo.gov.cn");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#signin-error")).toHaveText("邮箱或密码不正确。");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("an empty form gets an error tied to each field", async ({ page }) => {
    await page.goto("/signin");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByLabel("邮箱")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("请输入邮箱。")).toBeVisible();
    await expect(page.getByText("请输入密码。")).toBeVisible();
  });

  test("a company account opening a staff page gets 403", async ({ page, expectConsoleError }) => {
    expectConsoleError(/status of 403 .*\/staff\)$/);
    await signIn(page, "company@demo.sme.cn", "Company#2026");
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toBeVisible();
  });

  test("without a session a staff page sends you to sign in and back", async ({ page }) => {
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstaff/);
    await page.getByLabel("邮箱").fill("fuzhou@demo.gov.cn");
    await page.getByLabel("密码").fill("City#2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/staff$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, "fujian@demo.gov.cn", "Province#2026");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test("the language can be switched to English and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quality SME Tiered Cultivation Portal");
  await page.getByRole("button", { name: /中文/ }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("an English browser gets English pages", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("an unknown page shows the custom 404", async ({ page, expectConsoleError }) => {
  expectConsoleError(/status of 404 .*\/no-such-page\)$/);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});
