import { addDays } from "@/lib/calendar/iso-date";
import { chinaDate } from "@/lib/calendar/today";
import { buildCreditCode } from "@/lib/company/credit-code";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PASSWORD = "copper kettle harbour lantern";

/**
 * Issue 13, "Firms that already hold titles": a firm that arrived through an imported published
 * list has no user. Signing up with its credit code offers the claim; the claim is recorded with
 * a proof; the Fuzhou official approves it; the claimant signs in as the firm's administrator and
 * files the firm's annual data for its imported title. The firm then moves to another province:
 * its city accepts the report, the title leaves the city's files, and the public history shows it.
 */
test("a firm imported from a published list is claimed, approved by its city, files its annual data, and moves to another province", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const stamp = String(Date.now() % 10_000_000).padStart(7, "0");
  const creditCode = buildCreditCode("91", "350100", `MA${stamp}`);
  const firmName = `名录认领测试${stamp}科技有限公司`;
  const email = `claim-${stamp}@example.cn`;

  // The Fujian administrator imports the province's 2025 specialized list with one Fuzhou firm.
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await signIn(admin, "admin.fujian@demo.gov.cn", "Admin#2026");
  const csv = `企业名称,统一社会信用代码,省份,称号,批次,年度,公告日期\n${firmName},${creditCode},福建省,专精特新中小企业,第一批,2025,2025-10-20\n`;
  const imported = await admin.request.post("/admin/imports/run", {
    multipart: { mode: "commit", file: { name: "名单.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  expect(((await imported.json()) as { report: { committed: boolean } }).report.committed).toBe(true);
  await admin.context().close();

  // Signing up with that credit code is not refused with "ask your administrator": it offers the claim.
  await page.goto("/signup");
  await page.getByLabel("统一社会信用代码").fill(creditCode);
  await page.getByLabel("企业名称").fill(firmName);
  await page.getByLabel("省份").selectOption({ label: "福建省" });
  await expect(page.getByLabel("城市").locator("option", { hasText: "福州市" })).toHaveCount(1);
  await page.getByLabel("城市").selectOption({ label: "福州市" });
  await page.getByLabel("所属行业").selectOption("C34");
  await page.getByLabel("联系人姓名").fill("林认领");
  await page.getByLabel("联系人邮箱").fill(email);
  await page.getByLabel("联系电话").fill("13912345678");
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("确认密码").fill(PASSWORD);
  await page.getByRole("button", { name: "注册", exact: true }).click();
  await page.getByTestId("claim-offer").click();
  await expect(page).toHaveURL(new RegExp(`/claim\\?creditCode=${creditCode}$`));
  await expect(page.getByLabel("统一社会信用代码")).toHaveValue(creditCode);
  await expectAccessible(page);

  // Without a proof the claim is refused beside the field.
  await page.getByLabel("联系人姓名").fill("林认领");
  await page.getByLabel("联系人邮箱").fill(email);
  await page.getByLabel("联系电话").fill("13912345678");
  await page.getByLabel("密码", { exact: true }).fill(PASSWORD);
  await page.getByLabel("确认密码").fill(PASSWORD);
  await page.getByRole("button", { name: "提交认领申请" }).click();
  await expect(page.locator("#proof-error")).toHaveText("请上传营业执照或授权书。");
  await page.getByLabel("营业执照或授权书").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByTestId("claim-proof-uploaded")).toContainText("营业执照.pdf");
  await page.getByRole("button", { name: "提交认领申请" }).click();
  await expect(page.getByTestId("claim-received")).toContainText(email);

  // Before approval the account has no company: it sees its claim, not the firm.
  await signIn(page, email, PASSWORD);
  await page.goto("/company");
  await expect(page).toHaveURL(/\/claim\/status$/);
  await expect(page.getByTestId("own-claims").locator("tr[data-standing='pending']")).toContainText(firmName);
  // The receipt is in the inbox (and in the outbox for email: tests/integration/company-claims.test.ts).
  await page.goto("/inbox");
  await expect(page.getByTestId("notifications")).toContainText(`已收到您对${firmName}的认领申请`);

  // The Fuzhou official finds the claim, opens the proof and approves it.
  const official = await (await browser.newContext({ baseURL })).newPage();
  await signIn(official, "fuzhou@demo.gov.cn", "City#2026");
  await official.goto("/staff/claims");
  await expectAccessible(official);
  const row = official.getByTestId("claim-queue").getByRole("row").filter({ hasText: firmName });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-standing", "pending");
  await row.getByRole("link", { name: "查看" }).click();
  await expect(official.getByTestId("claim-detail")).toContainText(email);
  const proof = official.getByRole("link", { name: "营业执照.pdf" });
  await expect(proof).toBeVisible();
  const download = await official.request.get((await proof.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  await official.getByRole("button", { name: "通过认领…" }).click();
  await expect(official.getByText("申请人将成为该企业的管理员")).toBeVisible();
  await official.getByRole("button", { name: "通过认领", exact: true }).click();
  // The page is rendered again with the decision: the claim is final, no form is left.
  await expect(official.getByTestId("claim-standing")).toHaveText("已通过");
  await expect(official.getByRole("button", { name: "通过认领", exact: true })).toHaveCount(0);
  await official.context().close();

  // The claimant signs in again (the approval ended the session that had no company) and files the 2025 data.
  await signIn(page, email, PASSWORD);
  await page.goto("/company");
  await expect(page.getByTestId("company-details")).toContainText(creditCode);
  await page.goto("/inbox");
  await expect(page.getByTestId("notifications")).toContainText(`您对${firmName}的认领申请已通过`);
  await page.goto("/company/annual-reports");
  const figures: [string, string][] = [
    ["营业收入（元）", "180000000"],
    ["主营业务收入（元）", "170000000"],
    ["研发费用（元）", "12000000"],
    ["净利润（元）", "9000000"],
    ["资产总额（元）", "150000000"],
    ["负债总额（元）", "60000000"],
    ["职工总数（人）", "600"],
    ["研发人员数（人）", "150"],
  ];
  for (const [label, value] of figures) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel(/企业规模/).selectOption("medium");
  await page.getByRole("button", { name: "提交年度数据" }).click();
  await expect(page.getByTestId("annual-result")).toContainText("已提交");

  // The firm then moves to Taiyuan, Shanxi: reported with evidence, accepted by its city.
  await page.goto("/company/changes");
  await page.getByLabel("变化类型").selectOption("move");
  await page.getByLabel("迁入省份").selectOption({ label: "山西省" });
  await expect(page.getByLabel("城市").locator("option", { hasText: "太原市" })).toHaveCount(1);
  await page.getByLabel("城市").selectOption({ label: "太原市" });
  await page.getByLabel("生效日期").fill(addDays(chinaDate(), -3));
  await page.getByLabel("证明材料").setInputFiles({ name: "迁移核准通知书.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByTestId("change-evidence-list")).toContainText("迁移核准通知书.pdf");
  await page.getByRole("button", { name: "提交报告" }).click();
  await expect(page.getByTestId("change-result")).toContainText("报告已提交");

  const city = await (await browser.newContext({ baseURL })).newPage();
  await signIn(city, "fuzhou@demo.gov.cn", "City#2026");
  await city.goto(`/staff/recognitions?q=${creditCode}`);
  await expect(city.getByTestId("staff-recognitions").getByRole("row").filter({ hasText: firmName })).toHaveCount(1);
  await city.goto("/staff/change-reports");
  await city.getByTestId("change-report-queue").getByRole("row").filter({ hasText: firmName }).getByRole("link", { name: "查看" }).click();
  await expect(city.getByTestId("change-report-detail")).toContainText("太原市");
  await city.getByRole("button", { name: "确认生效" }).click();
  // The city that let the firm go keeps the report, with nothing left to do; the title has left its files.
  await expect(city.getByTestId("change-report-status")).toHaveText("已确认生效");
  await expect(city.getByRole("button", { name: "确认生效" })).toHaveCount(0);
  await city.goto(`/staff/recognitions?q=${creditCode}`);
  await expect(city.getByTestId("staff-recognitions").getByRole("row").filter({ hasText: firmName })).toHaveCount(0);
  await city.context().close();

  // The firm's new city has its title among its files now, and was told it moved in.
  const newCity = await (await browser.newContext({ baseURL })).newPage();
  await signIn(newCity, "taiyuan@demo.gov.cn", "City#2026");
  await newCity.goto(`/staff/recognitions?q=${creditCode}`);
  await expect(newCity.getByTestId("staff-recognitions").getByRole("row").filter({ hasText: firmName })).toHaveCount(1);
  await newCity.goto("/inbox");
  await expect(newCity.getByRole("main")).toContainText(firmName);
  await newCity.context().close();

  // The public history shows the move.
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto(`/register/companies/${creditCode}`);
  await expect(visitor.getByTestId("company-changes")).toContainText("由福州市迁至太原市");
  await visitor.context().close();
});
