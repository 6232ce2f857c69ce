import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { buildCreditCode, CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { builtServerActions, postServerAction } from "./support/server-actions";
import { signIn, signInAnyLanguage } from "./support/sign-in";

/**
 * What the screens say is true: a title that is no longer valid is never shown as current, a
 * tier the firm already holds is not offered again, no internal identifier (a fact path, a
 * camelCase field name) reaches a reader in either language, and a firm can delete its own draft.
 */
const FORM_SECTIONS = ["company", "financials", "rd-ip", "market", "certifications-awards", "declarations", "documents"];
const DOTTED_PATH = /\b[a-z]+(\.[a-z][A-Za-z]+)+\b/g;
const CAMEL_CASE = /\b[a-z]+[A-Z][a-zA-Z]+\b/g;
// What may look like one and is not: e-mail addresses, web addresses and domains, file names.
const ALLOWED = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /https?:\/\/\S+/g,
  /\b[\w-]+(\.[\w-]+)*\.(cn|com|org|net)\b/g,
  /[^\s/]+\.(pdf|png|jpe?g|webp|csv|xlsx|json)\b/gi,
];

/** The text a person reads on the page (sr-only text included), leaving out code samples. */
async function readableText(page: Page): Promise<string> {
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const skip = "code, pre, kbd, samp, script, style, noscript, template";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      if (!parent.closest("option") && !parent.checkVisibility({ visibilityProperty: true })) continue;
      parts.push(node.textContent ?? "");
    }
    return parts.join(" ");
  });
}

async function expectNoIdentifiers(page: Page) {
  let text = await readableText(page);
  for (const pattern of ALLOWED) text = text.replace(pattern, " ");
  const found = [...new Set([...(text.match(DOTTED_PATH) ?? []), ...(text.match(CAMEL_CASE) ?? [])])];
  expect(found, `identifiers on ${page.url()}`).toEqual([]);
}

/** A new Fuzhou firm with an empty innovative draft: records no demo account owns. */
async function newFirmWithDraft(browser: Browser, baseURL: string): Promise<{ email: string; applicationId: string }> {
  const actions = builtServerActions();
  const organisation = [...randomBytes(9)].map((b) => CREDIT_CODE_ALPHABET[b % CREDIT_CODE_ALPHABET.length]).join("");
  const email = `truth-${Date.now()}@example.cn`;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const signup = await postServerAction(
    page.request,
    baseURL,
    actions.find((a) => a.key.endsWith("#registerCompanyAction"))!,
    [
      {
        creditCode: buildCreditCode("91", "350100", organisation),
        companyName: "福州界面核对测试有限公司",
        provinceCode: "350000",
        cityCode: "350100",
        industryCode: "C34",
        contactName: "郑测试",
        contactEmail: email,
        contactPhone: "13912345670",
        password: "Endtoend#2026",
        passwordConfirm: "Endtoend#2026",
      },
    ],
  );
  expect(signup.ok, signup.body.slice(0, 300)).toBe(true);
  await signIn(page, email, "Endtoend#2026");
  await page.goto("/company");
  await page
    .locator('[data-programme-tier="innovative"]')
    .getByRole("button", { name: /开始申报/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/company\/applications\/[0-9a-f-]{36}$/);
  const applicationId = page.url().split("/").pop()!;
  await context.close();
  return { email, applicationId };
}

test.describe.serial("what the screens say is true", () => {
  let firm: { email: string; applicationId: string };

  test("a firm holding valid titles is not offered those tiers again, and is told why", async ({ page }) => {
    await signIn(page, "specialized@demo.sme.cn", "Company#2026");
    await page.goto("/company");
    for (const tier of ["innovative", "specialized"]) {
      // Every open call of the tier (calls-admin.spec.ts may have opened a second one).
      const programmes = page.locator(`[data-programme-tier="${tier}"]`);
      await expect(programmes.first()).toBeVisible();
      await expect(programmes.getByRole("button", { name: /开始申报/ })).toHaveCount(0);
      for (const programme of await programmes.all()) await expect(programme.getByTestId("programme-blocked")).toContainText("无需重复申报");
    }
    // The tier above is still open to it (or already under way).
    await expect(page.locator('[data-programme-tier="little_giant"]').getByTestId("programme-blocked")).toHaveCount(0);
  });

  test("a revoked title reads as revoked on the dashboard and on the application's status page", async ({ page, browser, baseURL }) => {
    await signIn(page, "company@demo.sme.cn", "Company#2026");
    const creditCode = (await page.getByTestId("company-details").locator("dd.font-mono").textContent())!.trim();

    // The province cancels the firm's title, unless an earlier spec of this run already has.
    const official = await (await browser.newContext({ baseURL })).newPage();
    await signIn(official, "fujian@demo.gov.cn", "Province#2026");
    await official.goto(`/staff/recognitions?q=${creditCode}`);
    await official.getByTestId("staff-recognitions").getByRole("row").nth(1).getByRole("link").first().click();
    if (!/已撤销/.test((await official.getByTestId("recognition-status").textContent()) ?? "")) {
      await official.getByLabel("撤销原因类别").selectOption("no_longer_qualifies_after_change");
      await official.getByLabel("情况说明").fill("经核实，企业发生重大变化后不再符合认定条件。");
      await official.getByLabel(/其他依据/).fill("闽工信函〔2026〕90号");
      await official.getByRole("button", { name: "确认撤销" }).click();
      await expect(official.getByTestId("recognition-status")).toContainText("已撤销");
    }
    await official.context().close();

    await page.goto("/company");
    await expect(page.getByRole("table").first()).toContainText("已撤销");
    const recognised = page
      .getByTestId("company-applications")
      .locator("[data-application-id]")
      .filter({ has: page.locator('[data-status="recognised"]') });
    await expect(recognised).toHaveCount(1);
    await expect(recognised.getByTestId("application-status")).toHaveAttribute("data-title-status", "revoked");
    await expect(recognised.getByTestId("application-status")).toHaveText("认定已撤销");
    await expect(recognised.getByRole("link", { name: "继续填写" })).toHaveCount(0);

    await recognised.getByRole("link", { name: "查看进度" }).click();
    await expect(page).toHaveURL(/\/status$/);
    await expect(page.getByTestId("application-status")).toHaveText("认定已撤销");
    await expect(page.getByTestId("status-explanation")).toContainText("已被撤销");
    await expect(page.locator("main")).not.toContainText("贵企业已获认定");
    await expect(page.locator("main")).not.toContainText("已认定 ·");
  });

  test("no internal identifier reaches a reader, in Chinese or in English", async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    firm = await newFirmWithDraft(browser, baseURL!);
    const application = `/company/applications/${firm.applicationId}`;
    for (const locale of ["zh-CN", "en-US"]) {
      const context = await browser.newContext({ baseURL, locale });
      const page = await context.newPage();
      const visit = async (path: string) => {
        await page.goto(path);
        await expectNoIdentifiers(page);
      };
      for (const path of ["/", "/register", "/register/batches", "/statistics", "/self-assessment", "/notices", "/verify", "/exits", "/api-docs"])
        await visit(path);
      await page.goto("/register?status=active");
      await page.getByTestId("register-results").locator("tbody tr").first().locator("td").first().getByRole("link").click();
      await expectNoIdentifiers(page);
      await page.goto("/register/batches");
      await page.locator("main table tbody tr").first().getByRole("link").first().click();
      await expectNoIdentifiers(page);

      await signInAnyLanguage(page, firm.email, "Endtoend#2026");
      await visit("/company");
      await visit(application);
      for (const section of FORM_SECTIONS) await visit(`${application}/sections/${section}`);
      await visit(`${application}/check`);
      await context.clearCookies();

      await signInAnyLanguage(page, "fuzhou@demo.gov.cn", "City#2026");
      await page.goto("/staff/applications");
      await page.getByTestId("queue-row").first().getByRole("link").first().click();
      await expect(page).toHaveURL(/\/staff\/applications\/[^/]+$/);
      await expectNoIdentifiers(page);
      await context.clearCookies();

      await signInAnyLanguage(page, "admin@demo.gov.cn", "Admin#2026");
      await visit("/admin/rule-sets");
      await page.locator("main table tbody tr").first().getByRole("link").first().click();
      await expect(page).toHaveURL(/\/admin\/rule-sets\/[^/]+$/);
      await expectNoIdentifiers(page);
      await page.goto("/admin/imports");
      // A dry run whose report names a missing credit code and an inconsistent announcement date.
      const csv = [
        "企业名称,统一社会信用代码,省份,城市,称号,批次,年度,公告日期",
        "无代码测试企业甲,,福建省,福州市,专精特新,第九批,2024,2024-08-01",
        "无代码测试企业乙,,福建省,福州市,专精特新,第九批,2024,2024-08-02",
      ].join("\n");
      await page.locator("#import-file").setInputFiles({ name: "list.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.locator('button[value="dry-run"]').click();
      await expect(page.getByTestId("import-report")).toBeVisible();
      await expectNoIdentifiers(page);
      await context.close();
    }
  });

  test("a firm deletes its own draft after confirming in a dialog", async ({ page, expectConsoleError }) => {
    expectConsoleError(/Failed to load resource: the server responded with a status of 404/);
    await signIn(page, firm.email, "Endtoend#2026");
    await page.goto(`/company/applications/${firm.applicationId}`);
    const dialog = page.getByTestId("delete-draft-dialog");
    await page.getByRole("button", { name: "删除草稿" }).click();
    await expect(dialog).toBeVisible();
    // The safe choice has the focus; cancelling changes nothing.
    await expect(dialog.getByRole("button", { name: "取消" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`${firm.applicationId}$`));

    await page.getByRole("button", { name: "删除草稿" }).click();
    await dialog.getByRole("button", { name: "确认删除" }).click();
    await expect(page).toHaveURL(/\/company$/);
    await expect(page.getByTestId("company-applications")).toHaveCount(0);
    const response = await page.goto(`/company/applications/${firm.applicationId}`);
    expect(response?.status()).toBe(404);
  });
});
