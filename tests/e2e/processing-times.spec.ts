import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * Processing time per review level (issue 14; docs/decisions/029) on the pages officials use:
 * the province's dashboard counts overdue files per level and per city, each count opens the
 * queue filtered to exactly those files, and the queue sorts by due date. The demo's files
 * arrived at their levels in the weeks before the demo's today, so how many are overdue depends
 * on the day the test runs: it checks that the figures agree, not what they are.
 */
test("the province's overdue counts open the queue of exactly those files, most pressing first", async ({ page }) => {
  await signIn(page, "fujian@demo.gov.cn", "Province#2026");
  await page.goto("/staff");
  const panel = page.getByTestId("overdue-panel");
  await expect(panel.getByRole("heading", { name: "办理时限" })).toBeVisible();
  const municipal = panel.getByTestId("overdue-by-level").locator('tr[data-level="municipal"]');
  await expect(panel.getByTestId("overdue-by-level").locator("tbody tr")).toHaveCount(2);
  const overdue = Number(await municipal.getByTestId("overdue-count").innerText());

  // The cities' figures add up to the level's, with the provincial level beside them.
  const byArea = panel.getByTestId("overdue-by-area");
  const provincial = Number(await panel.getByTestId("overdue-by-level").locator('tr[data-level="provincial"]').getByTestId("overdue-count").innerText());
  if (overdue + provincial > 0) {
    const totals = await byArea.locator("tbody tr td:last-child").allInnerTexts();
    expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(overdue + provincial);
  }

  await municipal.getByTestId("overdue-count").getByRole("link").click();
  await expect(page).toHaveURL(/due=overdue/);
  await expect(page.getByLabel("办理期限", { exact: true })).toHaveValue("overdue");
  await expect(page.getByTestId("result-count")).toHaveText(overdue === 0 ? "没有符合条件的申报" : `共${overdue}份申报`);
  const states = await page
    .getByTestId("queue-due")
    .locator("[data-state]")
    .evaluateAll((badges) => badges.map((b) => b.getAttribute("data-state")));
  expect(states.every((s) => s === "overdue")).toBe(true);
  const due = await page
    .getByTestId("queue-due")
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect(due).toEqual([...due].sort());

  // The whole municipal queue sorted by due date, latest first, through its column header.
  await page.goto("/staff/applications?status=municipal_review&sort=due");
  await page.getByRole("link", { name: "按办理期限排序" }).click();
  await expect(page).toHaveURL(/sort=due&dir=desc/);
  const descending = await page
    .getByTestId("queue-due")
    .locator("time")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
  expect(descending.length).toBeGreaterThan(0);
  expect(descending).toEqual([...descending].sort().reverse());
  await expect(page.getByTestId("queue-at-level").first()).toContainText("个工作日");
});

test("the national administrator sets when overdue files are escalated; a bad number is refused", async ({ page }) => {
  await signIn(page, "admin@demo.gov.cn", "Admin#2026");
  await page.goto("/admin/settings");
  const form = page.getByTestId("review-escalation");
  await form.getByLabel("逾期多少个工作日后上报").fill("0");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form).toContainText("至少为1个工作日");
  await form.getByLabel("逾期多少个工作日后上报").fill("4");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form).toContainText("已保存：逾期4个工作日后上报");
  await page.reload();
  await expect(page.getByTestId("review-escalation-current")).toHaveText("当前：逾期4个工作日后上报。");
});
