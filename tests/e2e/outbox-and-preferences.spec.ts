import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * The outbox page is the national administrator's; every signed-in person has notification
 * settings, where optional emails are turned off and essential ones are only explained.
 */
test("the national administrator sees the outbox by state; the e2e server has a mail server, so no warning", async ({ page }) => {
  await signIn(page, "admin@demo.gov.cn", "Admin#2026");
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("待发邮件");
  await expect(page.getByText("尚未配置邮件服务器")).toHaveCount(0);
  const filters = page.getByRole("navigation", { name: "显示" });
  await expect(filters.getByRole("link", { name: /已停止重试/ })).toHaveAttribute("aria-current", "page");
  await filters.getByRole("link", { name: /等待发送/ }).click();
  await expect(page).toHaveURL(/state=pending/);
  await expectAccessible(page);
  await page.goto("/admin/jobs");
  await expect(page.getByRole("link", { name: /待发邮件/ })).toBeVisible();
});

test("a provincial administrator may not open the outbox", async ({ page, expectConsoleError }) => {
  expectConsoleError(/status of 403 .*\/admin\/outbox\)$/);
  await signIn(page, "admin.fujian@demo.gov.cn", "Admin#2026");
  const response = await page.goto("/admin/outbox");
  expect(response?.status()).toBe(403);
});

test("a person turns an optional email off for themselves, and it stays off", async ({ page }) => {
  await signIn(page, "fujian@demo.gov.cn", "Province#2026");
  await page.goto("/inbox");
  await page.getByRole("link", { name: "通知设置（邮件）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("通知设置");
  const objections = page.getByLabel("公示名单收到的异议");
  await expect(objections).toBeChecked();
  await expectAccessible(page);
  await objections.uncheck();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("preferences-result")).toContainText("已保存");
  await page.reload();
  await expect(page.getByLabel("公示名单收到的异议")).not.toBeChecked();
  await expect(page.getByLabel("企业提交的变更报告")).toBeChecked();
  await expect(page.getByText("截止日期和提醒")).toBeVisible();
});
