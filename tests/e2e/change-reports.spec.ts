import { addDays } from "@/lib/calendar/iso-date";
import { chinaDate } from "@/lib/calendar/today";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("a firm reports a rename with its evidence, the Fuzhou official accepts it, and the register shows the new name with the former one", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "specialized@demo.sme.cn", "Company#2026");
  await page.goto("/company");
  const details = page.getByTestId("company-details");
  const formerName = (await details.locator("dd").first().textContent())!.trim();
  const creditCode = (await details.locator("dd.font-mono").textContent())!.trim();
  const newName = `福州更名测试${Date.now().toString(36).slice(-5)}科技有限公司`;

  await page.goto("/company/changes");
  await page.getByLabel("变化类型").selectOption({ label: "企业更名" });
  await page.getByLabel("新的中文名称").fill(newName);
  await page.getByLabel("生效日期").fill(addDays(chinaDate(), -7));
  await page.getByLabel("证明材料").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByTestId("change-evidence-list")).toContainText("营业执照.pdf");
  await page.getByRole("button", { name: "提交报告" }).click();
  await expect(page.getByTestId("change-result")).toContainText("报告已提交");

  // Nothing has changed yet on the public page.
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto(`/register/companies/${creditCode}`);
  await expect(visitor.getByTestId("company-name")).toHaveText(formerName);

  const official = await (await browser.newContext({ baseURL })).newPage();
  await signIn(official, "fuzhou@demo.gov.cn", "City#2026");
  await official.goto("/staff/change-reports");
  const row = official.getByTestId("change-report-queue").getByRole("row").filter({ hasText: newName });
  await expect(row).toHaveCount(1);
  await row.getByRole("link", { name: "查看" }).click();
  await expect(official.getByTestId("change-report-detail")).toContainText(newName);
  await expect(official.getByRole("link", { name: "营业执照.pdf" })).toBeVisible();
  await official.getByRole("button", { name: "确认生效" }).click();
  // The page is rendered again with the decision: the report is final, no form is left.
  await expect(official.getByTestId("change-report-status")).toHaveText("已确认生效");
  await expect(official.getByRole("button", { name: "确认生效" })).toHaveCount(0);
  await expect(official.getByRole("heading", { level: 1 })).toContainText(newName);
  await official.context().close();

  await visitor.reload();
  await expect(visitor.getByTestId("company-name")).toHaveText(newName);
  await expect(visitor.getByTestId("company-changes")).toContainText(`原名称：${formerName}`);
  await expect(visitor.getByTestId("company-changes")).toContainText("更名");
  await visitor.context().close();

  await page.goto("/company/changes");
  await expect(page.getByTestId("change-reports").locator('[data-status="accepted"]').filter({ hasText: newName })).toHaveCount(1);
});
