import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { signIn, signInAnyLanguage } from "./support/sign-in";

// Every kind of page, public and signed in, checked by axe-core against WCAG 2.1 A and AA in
// Chinese and in English (a page's language attribute, its labels and its contrast are checked in
// each): contrast, names and labels, landmarks, focusable hidden content, tables. The application
// form itself is checked along the way in application-walk.spec.ts.
const LOCALES = ["zh-CN", "en-US"] as const;
const PUBLIC = [
  "/",
  "/register",
  "/register/batches",
  "/statistics",
  "/self-assessment",
  "/notices",
  "/notices/objections/status",
  "/verify",
  "/signin",
  "/signup",
  "/exits",
  "/api-docs",
];

const SIGNED_IN: { who: string; email: string; password: string; paths: string[] }[] = [
  {
    who: "a company",
    email: "company@demo.sme.cn",
    password: "Company#2026",
    paths: ["/company", "/company/recognitions", "/company/annual-reports", "/company/changes", "/company/profile", "/company/users", "/inbox"],
  },
  {
    who: "a municipal official",
    email: "fuzhou@demo.gov.cn",
    password: "City#2026",
    paths: ["/staff", "/staff/applications", "/staff/recognitions", "/staff/change-reports"],
  },
  { who: "a provincial official", email: "fujian@demo.gov.cn", password: "Province#2026", paths: ["/staff/batches"] },
  {
    who: "the national administrator",
    email: "admin@demo.gov.cn",
    password: "Admin#2026",
    paths: [
      "/admin",
      "/admin/calls",
      "/admin/calls/new",
      "/admin/rule-sets",
      "/admin/calendar",
      "/admin/imports",
      "/admin/jobs",
      "/admin/settings",
      "/admin/users",
      "/admin/users/new",
    ],
  },
  { who: "an expert", email: "expert1@demo.sme.cn", password: "Expert#2026", paths: ["/expert"] },
];

for (const locale of LOCALES) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    for (const path of PUBLIC) {
      test(`${path} meets WCAG 2.1 AA (axe)`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale === "en-US" ? "en" : "zh-CN");
        await expectAccessible(page);
      });
    }

    test("public detail pages meet WCAG 2.1 AA (axe): a firm, a batch list, a certificate verdict", async ({ page }) => {
      await page.goto("/register?status=active");
      const firstRow = page.getByTestId("register-results").locator("tbody tr").first();
      const number = (await firstRow.locator('a[href^="/api/certificates/"]').getAttribute("aria-label"))!.replace(/^\S+ /, "");
      await firstRow.locator("td").first().getByRole("link").click();
      await expect(page).toHaveURL(/\/register\/companies\//);
      await expectAccessible(page);
      await page.goto(`/verify?number=${encodeURIComponent(number)}`);
      await expect(page).toHaveURL(/\/verify\/[0-9a-f-]{36}$/);
      await expectAccessible(page);
      await page.goto("/register/batches");
      await page.locator("main table tbody tr").first().getByRole("link").first().click();
      await expect(page).toHaveURL(/\/register\/batches\/[^/]+$/);
      await expectAccessible(page);
    });

    for (const { who, email, password, paths } of SIGNED_IN) {
      test(`the pages of ${who} meet WCAG 2.1 AA (axe)`, async ({ page }) => {
        await signInAnyLanguage(page, email, password);
        for (const path of paths) {
          await page.goto(path);
          await expectAccessible(page);
        }
      });
    }

    test("the review page of an application meets WCAG 2.1 AA (axe)", async ({ page }) => {
      await signInAnyLanguage(page, "fuzhou@demo.gov.cn", "City#2026");
      await page.goto("/staff/applications");
      await page.getByTestId("queue-row").first().getByRole("link").first().click();
      await expect(page).toHaveURL(/\/staff\/applications\/[^/]+$/);
      await expectAccessible(page);
    });
  });
}

/** Each page in a fresh context per language, signed in as `account` when given. */
async function inEachLanguage(browser: Browser, baseURL: string, path: string, account?: { email: string; password: string }) {
  for (const locale of LOCALES) {
    const context = await browser.newContext({ baseURL, locale });
    const page: Page = await context.newPage();
    if (account) await signInAnyLanguage(page, account.email, account.password);
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expectAccessible(page);
    await context.close();
  }
}

const PROVINCE = { email: "fujian@demo.gov.cn", password: "Province#2026" };
const MIIT = { email: "miit@demo.gov.cn", password: "Ministry#2026" };
const EXPERT = { email: "expert1@demo.sme.cn", password: "Expert#2026" };

// The demo data hold no list on notice and no expert review: this makes one of each, checks
// their pages, and withdraws the list again so the firm on it is free for the other specs.
test.describe.serial("detail pages of a notice, a batch and an expert review meet WCAG 2.1 AA (axe) in both languages", () => {
  let batchId = "";

  test("a list on public notice: its public page and its staff page", async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000);
    // A notice from today may reach into January, refused until that year's holidays are loaded.
    await signIn(page, "admin@demo.gov.cn", "Admin#2026");
    await page.goto("/admin/calendar");
    const day = page.getByTestId("calendar-day");
    await day.getByLabel("日期").fill(`${new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() + 1}-01-01`);
    await day.getByLabel("类型").selectOption("holiday");
    await day.getByLabel("名称（中文）").fill("元旦");
    await day.getByRole("button", { name: "保存" }).click();
    await expect(day.getByRole("status")).toHaveText("已保存。");
    await page.context().clearCookies();

    await signIn(page, PROVINCE.email, PROVINCE.password);
    await page.goto("/staff/batches");
    const title = `无障碍检查批次-${Date.now().toString(36)}`;
    const form = page.getByTestId("create-batch");
    await form.getByLabel("项目").selectOption({ label: "福建省2026年专精特新中小企业认定" });
    await form.getByLabel("批次名称（中文，可选）").fill(title);
    await form.getByRole("button", { name: "创建草稿" }).click();
    await expect(form.getByRole("status")).toHaveText("已创建批次草稿。");
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/staff\/batches\/[0-9a-f-]{36}$/);
    batchId = page.url().split("/").pop()!;
    const chosen = page.getByTestId("add-chosen");
    await chosen.getByRole("checkbox").first().check();
    await chosen.getByRole("button", { name: "加入所选" }).click();
    await expect(chosen.getByRole("status")).toHaveText("已加入 1 家企业。");
    await page.reload();
    await page.getByTestId("publish-notice").getByRole("button", { name: "发布公示" }).click();
    await expect(page.getByTestId("batch-status")).toContainText("公示中");

    await inEachLanguage(browser, baseURL!, `/notices/${batchId}`);
    await inEachLanguage(browser, baseURL!, `/staff/batches/${batchId}`, PROVINCE);
  });

  test("an expert's review page", async ({ page, browser, baseURL }) => {
    await signIn(page, MIIT.email, MIIT.password);
    await page.goto("/staff/applications");
    // The last file awaiting MIIT, so that review.spec.ts keeps the first one untouched.
    await page.getByTestId("queue-row").last().getByTestId("queue-company").click();
    await expect(page).toHaveURL(/\/staff\/applications\/[0-9a-f-]{36}$/);
    const applicationId = page.url().split("/").pop()!;
    await page.getByLabel("抽取专家人数").fill("3");
    await page.getByRole("button", { name: "随机抽取专家" }).click();
    await expect(page.getByTestId("experts-result")).toContainText("共分配3位");
    await inEachLanguage(browser, baseURL!, `/expert/reviews/${applicationId}`, EXPERT);
  });

  test.afterAll(async ({ browser, baseURL }) => {
    if (!batchId) return;
    const context = await browser.newContext({ baseURL, locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, PROVINCE.email, PROVINCE.password);
    await page.goto(`/staff/batches/${batchId}`);
    await page.getByLabel("撤销理由").fill("无障碍检查用批次，检查后撤销。");
    await page.getByRole("button", { name: "撤销批次" }).click();
    await expect(page.getByTestId("batch-status")).toContainText("已撤销");
    await context.close();
  });
});
