import { expect, test } from "./support/test";
import { signIn } from "./support/sign-in";

test.describe("rule-set administration", () => {
  test("the national administrator creates a new version, sees validation errors, and publishes it", async ({ page }) => {
    await signIn(page, "admin@demo.gov.cn", "Admin#2026");
    await page.goto("/admin/rule-sets?tier=specialized");
    const base = page.getByTestId("rule-set-specialized-2026-1");
    await expect(base.getByTestId("rule-set-status")).toHaveAttribute("data-status", "in-force");
    await base.getByRole("link").click();
    await page.getByRole("button", { name: "以此为基础创建新版本" }).click();

    await expect(page.getByRole("heading", { name: "编辑草稿" })).toBeVisible();
    await expect(page.getByTestId("rule-set-status").first()).toHaveAttribute("data-status", "draft");
    const passMark = page.locator('input[data-path="score.passMark"]');
    const original = await passMark.inputValue();

    // An impossible pass mark is refused beside the field; nothing is saved.
    await passMark.fill("1000");
    await page.getByRole("button", { name: "校验并保存" }).click();
    await expect(page.getByTestId("editor-result").getByRole("alert")).toContainText("未作任何修改");
    await expect(passMark).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#v-score-passMark-error")).toContainText("及格线1000分超过了满分");

    await passMark.fill(String(Number(original) + 5));
    await page.getByRole("button", { name: "校验并保存" }).click();
    await expect(page.getByTestId("editor-result").getByRole("status")).toHaveText("已保存：规则集校验通过。");
    await expect(passMark).not.toHaveAttribute("aria-invalid", "true");

    await page.getByRole("button", { name: "发布", exact: true }).click();
    await expect(page.getByTestId("rule-set-status").first()).toHaveAttribute("data-status", "in-force");
    await expect(page.getByTestId("criteria-values").locator('[data-path="score.passMark"]')).toHaveText(String(Number(original) + 5));

    await page.goto("/admin/rule-sets?tier=specialized");
    await expect(page.getByTestId("rule-set-specialized-2026-2").getByTestId("rule-set-status")).toHaveAttribute("data-status", "in-force");
    await expect(page.getByTestId("rule-set-specialized-2026-1").getByTestId("rule-set-status")).toHaveAttribute("data-status", "retired");

    // The public self-assessment now judges by the new revision.
    await page.goto("/self-assessment?programme=specialized-350000-2026");
    await expect(page.getByTestId("rule-set-in-force")).toContainText("specialized-2026");
    await expect(page.getByTestId("rule-set-in-force")).toContainText("第2版");
  });

  test("a provincial administrator reads national rule sets but cannot derive them", async ({ page }) => {
    await signIn(page, "admin.fujian@demo.gov.cn", "Admin#2026");
    await page.goto("/admin/rule-sets");
    await expect(page.getByTestId("rule-set-table")).not.toContainText("shanxi-specialized-2019");
    await page.getByTestId("rule-set-little-giant-2026-1").getByRole("link").click();
    await expect(page.getByTestId("read-only-notice")).toBeVisible();
    await expect(page.getByRole("button", { name: "以此为基础创建新版本" })).toHaveCount(0);
  });

  test("a company user is refused", async ({ page, expectConsoleError }) => {
    expectConsoleError(/status of 403 .*\/admin\/rule-sets\)$/);
    await signIn(page, "company@demo.sme.cn", "Company#2026");
    const response = await page.goto("/admin/rule-sets");
    expect(response?.status()).toBe(403);
  });
});
