import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { buildCreditCode, CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { expectAccessible } from "./support/accessibility";
import { builtServerActions, postServerAction } from "./support/server-actions";
import { signIn } from "./support/sign-in";

/**
 * Call administration end to end (docs/decisions/021): the Fujian administrator opens an
 * innovative call for 2028 from today, with field errors for bad dates first; a Fujian firm sees
 * it among its open calls and applies; a firm that holds a valid innovative title is not offered
 * it; the national call is out of the provincial administrator's reach.
 */
const NAME = "福建省2028年创新型中小企业评价（端到端）";
const registerCompany = builtServerActions().find((a) => a.key.endsWith("#registerCompanyAction"))!;

test.describe.serial("call administration", () => {
  let callUrl = "";

  test("the Fujian administrator opens an innovative call for 2028 from today, after fixing bad dates", async ({ page }) => {
    await signIn(page, "admin.fujian@demo.gov.cn", "Admin#2026");
    await page.goto("/admin");
    await page.getByTestId("area-links").getByRole("link", { name: "申报项目" }).click();
    await expect(page).toHaveURL(/\/admin\/calls$/);
    await expectAccessible(page);
    // Only the province's own calls are listed: no national call.
    await expect(page.getByTestId("call-table")).toContainText("innovative-350000-2026");
    await expect(page.getByTestId("call-table")).not.toContainText("little-giant");

    await page.getByRole("link", { name: "开设新项目" }).click();
    await expect(page).toHaveURL(/\/admin\/calls\/new$/);
    await expectAccessible(page);
    // A province runs tiers 1 and 2 only.
    await expect(page.getByLabel("层级", { exact: true }).locator("option")).toHaveText(["创新型中小企业", "专精特新中小企业"]);
    await expect(page.getByTestId("call-region")).toHaveText("福建省");
    await page.getByLabel("层级", { exact: true }).selectOption("innovative");
    await page.getByLabel("年度", { exact: true }).fill("2028");
    await page.getByLabel("中文名称").fill(NAME);
    await page.getByLabel("英文名称").fill("Fujian 2028 innovative SME evaluation (e2e)");
    const today = await page.getByLabel("开始申报日期").inputValue();
    await page.getByLabel("截止申报日期").fill(`${Number(today.slice(0, 4)) - 1}-01-01`);
    await page.getByRole("button", { name: "开设项目" }).click();
    await expect(page.getByTestId("error-closesOn")).toHaveText("截止日期不能早于开始日期。");
    await expect(page.getByLabel("截止申报日期")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId("call-form-result")).toContainText("提交的内容有误");
    await expect(page).toHaveURL(/\/admin\/calls\/new$/);

    await page.getByLabel("截止申报日期").fill(`${Number(today.slice(0, 4)) + 1}-03-31`);
    await page.getByRole("button", { name: "开设项目" }).click();
    await expect(page).toHaveURL(/\/admin\/calls\/[0-9a-f-]{36}\?created=1$/);
    await expect(page.getByTestId("call-created")).toBeVisible();
    await expect(page.getByTestId("call-code")).toHaveText("innovative-350000-2028");
    await expect(page.getByTestId("call-state")).toHaveAttribute("data-state", "open");
    await expect(page.getByTestId("call-window")).toContainText(today);
    // Once open, the window moves only by extend and close; the rule set no longer changes.
    await expect(page.getByRole("button", { name: "延长申报期" })).toBeVisible();
    await expect(page.getByRole("button", { name: "今天提前开始申报" })).toHaveCount(0);
    await expect(page.getByLabel("规则集（已发布的同层级规则集）")).toBeDisabled();
    await expectAccessible(page);
    callUrl = new URL(page.url()).pathname;
  });

  test("a firm holding a valid innovative title is not offered the call; a new Fujian firm sees it and applies", async ({ page, browser, baseURL }) => {
    await signIn(page, "company@demo.sme.cn", "Company#2026");
    await page.goto("/company");
    const held = page.getByTestId("programme").filter({ hasText: NAME });
    await expect(held).toHaveCount(1);
    await expect(held.getByRole("button", { name: /开始申报/ })).toHaveCount(0);
    await expect(held.getByTestId("programme-blocked")).toContainText("无需重复申报");

    const organisation = [...randomBytes(9)].map((b) => CREDIT_CODE_ALPHABET[b % CREDIT_CODE_ALPHABET.length]).join("");
    const email = `calls-${Date.now()}@example.cn`;
    const firm = await (await browser.newContext({ baseURL })).newPage();
    const signup = await postServerAction(firm.request, baseURL!, registerCompany, [
      {
        creditCode: buildCreditCode("91", "350100", organisation),
        companyName: "福州项目管理测试有限公司",
        provinceCode: "350000",
        cityCode: "350100",
        industryCode: "C34",
        contactName: "何测试",
        contactEmail: email,
        contactPhone: "13912345671",
        password: "Endtoend#2026",
        passwordConfirm: "Endtoend#2026",
      },
    ]);
    expect(signup.ok, signup.body.slice(0, 300)).toBe(true);
    await signIn(firm, email, "Endtoend#2026");
    await firm.goto("/company");
    // The calls it may apply to come first, its own province's before national ones, tier 1 (its next) first.
    await expect(firm.getByTestId("programme").first()).toHaveAttribute("data-programme-tier", "innovative");
    const call = firm.getByTestId("programme").filter({ hasText: NAME });
    await call.getByRole("button", { name: /开始申报/ }).click();
    await expect(firm).toHaveURL(/\/company\/applications\/[0-9a-f-]{36}$/);
    await firm.close();

    const admin = await (await browser.newContext({ baseURL })).newPage();
    await signIn(admin, "admin.fujian@demo.gov.cn", "Admin#2026");
    await admin.goto(callUrl);
    await expect(admin.getByTestId("call-applications")).toHaveText("1");
  });

  test("the national call's page is not found to the provincial administrator", async ({ page, browser, baseURL, expectConsoleError }) => {
    expectConsoleError(/status of 404/);
    const national = await (await browser.newContext({ baseURL })).newPage();
    await signIn(national, "admin@demo.gov.cn", "Admin#2026");
    await national.goto("/admin/calls?q=little-giant-2026");
    const href = (await national.getByTestId("call-little-giant-2026").getByRole("link").getAttribute("href"))!;
    await national.goto(href);
    await expect(national.getByTestId("call-code")).toHaveText("little-giant-2026");
    // The Fujian call is the province's, not the national office's.
    const response = await national.goto(callUrl);
    expect(response?.status()).toBe(404);

    await signIn(page, "admin.fujian@demo.gov.cn", "Admin#2026");
    const refused = await page.goto(href);
    expect(refused?.status()).toBe(404);
  });
});
