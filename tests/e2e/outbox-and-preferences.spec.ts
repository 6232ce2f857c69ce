import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * The outbox page is the administrators': the national one's sees every message, a province's
 * those to its own people. Every signed-in person has notification
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

test("a provincial administrator sees the outgoing email of their own province's people, not the ministry's", async ({ page, browser, baseURL }) => {
  // Two emails queued from the public page: one to a Fuzhou official, one to the ministry's.
  for (const email of ["fuzhou@demo.gov.cn", "miit@demo.gov.cn"]) {
    await page.goto("/password-reset");
    await page.getByLabel("邮箱").fill(email);
    await page.getByRole("button", { name: "发送重置链接" }).click();
    await expect(page.getByTestId("password-reset-result")).toContainText(email);
  }
  const search = async (target: typeof page, recipient: string) => {
    await target.goto("/admin/outbox?state=all");
    await target.getByLabel("收件人邮箱（部分即可）").fill(recipient);
    await target.getByRole("button", { name: "查找" }).click();
    await expect(target).toHaveURL(new RegExp(`recipient=${encodeURIComponent(recipient).replace(/\./g, "\\.")}`));
  };

  await signIn(page, "admin.fujian@demo.gov.cn", "Admin#2026");
  await page.goto("/admin");
  await page.getByTestId("area-links").getByRole("link", { name: "待发邮件" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("待发邮件");
  await expect(page.getByText("本页只列出发给本省官员和本省企业用户的邮件")).toBeVisible();
  await search(page, "fuzhou@demo.gov.cn");
  await expect(page.getByTestId("outbox-row").filter({ hasText: "重置您的密码" }).first()).toBeVisible();
  await search(page, "miit@demo.gov.cn");
  await expect(page.getByTestId("outbox-row")).toHaveCount(0);
  await expect(page.getByText("此列表中没有邮件。")).toBeVisible();
  await expectAccessible(page);

  const national = await (await browser.newContext({ baseURL })).newPage();
  await signIn(national, "admin@demo.gov.cn", "Admin#2026");
  await search(national, "miit@demo.gov.cn");
  await expect(national.getByTestId("outbox-row").filter({ hasText: "重置您的密码" }).first()).toBeVisible();
  await expect(national.getByText("本页只列出发给本省官员")).toHaveCount(0);
  await national.context().close();
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
