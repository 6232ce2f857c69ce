import { expect, test } from "./support/test";

// Fujian's 2026 specialized SME programme: open all year in the demo data, judged by specialized-2026.
const PROGRAMME = "specialized-350000-2026";

test.describe("public self-assessment", () => {
  test("needs no sign-in, updates the evaluation as figures are typed and explains each criterion", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "开始自评" }).click();
    await expect(page).toHaveURL(/\/self-assessment/);
    await page.getByLabel("申报项目").selectOption(PROGRAMME);
    await expect(page).toHaveURL(new RegExp(`programme=${PROGRAMME}`));
    await expect(page.getByTestId("rule-set-in-force")).toContainText("specialized-2026");

    const panel = page.getByTestId("live-eligibility");
    const badge = panel.getByTestId("outcome-badge");
    await expect(badge).toHaveAttribute("data-outcome", "incomplete");
    // Every criterion is explained in a table row.
    await expect(panel.getByRole("table").first()).toBeVisible();
    await expect(panel.getByRole("columnheader", { name: "说明" }).first()).toBeVisible();

    // A figure typed in is used at once: it leaves the missing list and shows as the firm's value.
    const missing = panel.getByTestId("missing-facts");
    await expect(missing.locator('[data-path="financials.2025.revenue"]')).toHaveCount(1);
    await page.getByLabel("营业收入（2025年）", { exact: true }).fill("12,000,000");
    await expect(missing.locator('[data-path="financials.2025.revenue"]')).toHaveCount(0);
    await expect(panel).toContainText("1200万元");

    // A failing declaration makes the firm ineligible, named among the criteria not met.
    await page.getByLabel("被列入严重失信主体名单").selectOption("true");
    await expect(badge).toHaveAttribute("data-outcome", "not-eligible");
    await expect(panel.getByTestId("failing-criteria")).toContainText("失信");
    await expect(panel.getByRole("status").first()).toContainText("不符合条件");
    await page.getByLabel("被列入严重失信主体名单").selectOption("false");
    await expect(badge).toHaveAttribute("data-outcome", "incomplete");

    // Text that is not an amount is pointed out beside its field.
    const rd = page.getByLabel("研发费用（2025年）", { exact: true });
    await rd.fill("很多");
    await expect(rd).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#fact-financials-2025-rdExpense-error")).toHaveText("应为以元为单位的金额（数字）");
    await rd.fill("600000");
    await expect(rd).not.toHaveAttribute("aria-invalid", "true");
  });

  test("is available in English", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto(`/self-assessment?programme=${PROGRAMME}`);
    await expect(page.getByRole("heading", { level: 1, name: "Eligibility self-assessment" })).toBeVisible();
    await page.getByLabel("Revenue, 2025", { exact: true }).fill("30000000");
    const panel = page.getByTestId("live-eligibility");
    await expect(panel).toContainText("30,000,000 yuan");
    await expect(panel.getByTestId("outcome-badge")).toHaveText(/Incomplete|Eligible|Not eligible/);
  });

  test("the API documentation page renders the OpenAPI document with a curl example", async ({ page, request }) => {
    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { level: 3, name: /\/api\/v1\/eligibility\/\{programmeCode\}/ })).toBeVisible();
    await expect(page.getByTestId("curl-example")).toContainText("curl -sS -X POST");
    const response = await request.post(`/api/v1/eligibility/${PROGRAMME}`, { data: { financials: { "2025": { revenue: -5 } } } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.issues[0].path).toBe("financials.2025.revenue");
  });
});
