import { expect, test } from "./support/test";
import { signIn } from "./support/sign-in";

/**
 * Dynamic management end to end: a recognised firm's annual data fail a criterion, its province
 * sees the flag with the explanation and cancels the title, and the public sees the exit.
 * The e2e server seeds a fresh database each run, so the demo firm starts with a clean title.
 */
test.describe.serial("annual data → flag → cancellation → public exit", () => {
  let companyName = "";
  let creditCode = "";

  test("a firm submits annual data that fail a criterion and sees why", async ({ page }) => {
    await signIn(page, "company@demo.sme.cn", "Company#2026");
    await page.goto("/company/annual-reports");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("年度数据报送");
    const figures: [string, string][] = [
      ["营业收入（元）", "520000000"],
      ["主营业务收入（元）", "500000000"],
      ["研发费用（元）", "26000000"],
      ["净利润（元）", "31000000"],
      ["资产总额（元）", "400000000"],
      ["负债总额（元）", "160000000"],
      ["职工总数（人）", "1200"],
      ["研发人员数（人）", "260"],
    ];
    for (const [label, value] of figures) await page.getByLabel(label, { exact: true }).fill(value);
    // The firm has grown out of the SME size classes.
    await page.getByLabel(/企业规模/).selectOption("large");
    await page.getByRole("button", { name: "提交年度数据" }).click();
    await expect(page.getByTestId("annual-result")).toContainText("不再符合认定条件");
    const verdict = page.getByTestId("annual-verdict");
    await expect(verdict).toContainText("属于中小企业");
    await expect(verdict.locator("[data-criterion='sme-size']")).toContainText("大型");
  });

  test("the province sees the flag with its explanation and cancels the title", async ({ page }) => {
    // The city sees the flag in its own list but may not cancel.
    await signIn(page, "fuzhou@demo.gov.cn", "City#2026");
    await page.goto("/staff/recognitions?flagged=1");
    const cityRows = page.getByTestId("staff-recognitions").getByRole("row");
    await expect(cityRows).toHaveCount(2);
    await cityRows.nth(1).getByRole("link").click();
    await expect(page.getByTestId("flag-explanation")).toContainText("属于中小企业");
    await expect(page.getByRole("button", { name: "确认撤销" })).toHaveCount(0);
    await page.context().clearCookies();

    await signIn(page, "fujian@demo.gov.cn", "Province#2026");
    await page.goto("/staff/recognitions?flagged=1");
    const rows = page.getByTestId("staff-recognitions").getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByTestId("flag-badge")).toBeVisible();
    await rows.nth(1).getByRole("link").click();
    companyName = (await page.getByTestId("recognition-title").textContent())!.trim();
    creditCode = (await page.locator("dd").first().textContent())!.trim();
    const explanation = page.getByTestId("flag-explanation");
    await expect(explanation).toContainText("年度数据不再符合认定条件");
    await expect(explanation).toContainText("属于中小企业");

    await page.getByLabel("撤销原因类别").selectOption("no_longer_qualifies_after_change");
    await page.getByLabel("情况说明").fill("经核实，企业2025年度规模已超出中小企业划型标准，不再符合认定条件。");
    await page.getByLabel(/其他依据/).fill("闽工信函〔2026〕88号");
    await page.getByRole("button", { name: "确认撤销" }).click();
    await expect(page.getByTestId("recognition-status")).toContainText("已撤销");
    const timeline = page.getByTestId("history-timeline");
    await expect(timeline.locator("[data-kind='revoked']")).toContainText("发生更名、合并、重组、跨省迁移等重大变化后不再符合认定条件");
  });

  test("the public exits list shows the exit", async ({ page }) => {
    expect(companyName).not.toBe("");
    await page.goto("/exits?province=350000&kind=revoked&year=2026");
    const row = page.getByTestId("exits").getByRole("row").filter({ hasText: companyName });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("撤销认定");
    await expect(row).toContainText("不再符合认定条件");
    await expect(row).toContainText(creditCode);
  });

  test("the firm's public page shows the exit", async ({ page }) => {
    const response = await page.goto(`/register/companies/${creditCode}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/撤销/).first()).toBeVisible();
  });
});
