import { randomBytes } from "node:crypto";
import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { buildCreditCode, CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { linkIn, waitForMail } from "./support/mailbox";
import { signIn } from "./support/sign-in";

/** A credit code no firm in the demo data has: a random organisation code under Fuzhou. */
function freshCreditCode(): string {
  const organisation = [...randomBytes(9)].map((b) => CREDIT_CODE_ALPHABET[b % CREDIT_CODE_ALPHABET.length]).join("");
  return buildCreditCode("91", "350100", organisation);
}

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function openSection(page: Page, name: string) {
  await page.getByTestId("task-list").getByRole("link", { name }).click();
  await expect(page.getByTestId("page-title")).toHaveText(name);
}

/** Ticks "I have completed this section" and goes back to the task list. */
async function completeSection(page: Page) {
  await page.getByLabel("我已完成此部分").check();
  await page.getByRole("button", { name: "保存并返回任务列表" }).click();
  await expect(page.getByTestId("task-list")).toBeVisible();
}

async function waitForSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
}

test("a new company signs up, fills its application with evidence, and submits it", async ({ page }) => {
  test.setTimeout(180_000);
  const code = freshCreditCode();
  const email = `e2e-${Date.now()}@example.cn`;

  await page.goto("/signup");
  // A wrong check character is named as soon as the field is left.
  await page.getByLabel("统一社会信用代码").fill(code.slice(0, 17) + (code.endsWith("0") ? "1" : "0"));
  await page.getByLabel("企业名称").click();
  await expect(page.locator("#creditCode-error")).toContainText("校验位不正确");
  await page.getByLabel("统一社会信用代码").fill(code);
  await page.getByLabel("企业名称").fill("福州端到端测试科技有限公司");
  await page.getByLabel("省份").selectOption({ label: "福建省" });
  await expect(page.getByLabel("城市").locator("option", { hasText: "福州市" })).toHaveCount(1);
  await page.getByLabel("城市").selectOption({ label: "福州市" });
  await page.getByLabel("所属行业").selectOption("C34");
  await page.getByLabel("联系人姓名").fill("周测试");
  await page.getByLabel("联系人邮箱").fill(email);
  await page.getByLabel("联系电话").fill("13912345678");
  await page.getByLabel("密码", { exact: true }).fill("Endtoend#2026");
  await page.getByLabel("确认密码").fill("Endtoend#2026");
  await page.getByRole("button", { name: "注册", exact: true }).click();
  // The same answer as for an email that already has an account (the email says which): sign in next.
  await expect(page.getByTestId("signup-received")).toContainText(email);
  await page.getByRole("link", { name: "前往登录" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcompany$/);
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill("Endtoend#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/company$/);
  await expect(page.getByTestId("company-details")).toContainText(code);
  // Until the address is verified the firm fills and saves drafts, but cannot submit (verified below).
  await expect(page.getByTestId("email-unverified")).toContainText(email);

  // Tier 2 needs a tier-1 title, which a new firm does not hold: the reason is shown.
  await expect(page.locator('[data-programme-tier="specialized"]').getByTestId("programme-blocked")).toContainText("创新型中小企业");
  await page
    .locator('[data-programme-tier="innovative"]')
    .getByRole("button", { name: /开始申报/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/company\/applications\/[0-9a-f-]{36}$/);
  const applicationUrl = page.url();

  await openSection(page, "企业基本情况");
  await page.getByLabel("在中国境内工商注册登记、具有独立法人资格").selectOption({ label: "是" });
  await page.getByLabel("企业规模（《中小企业划型标准规定》）").selectOption({ label: "小型企业" });
  await completeSection(page);
  await expect(page.locator('[data-section="company"]')).toHaveAttribute("data-progress", "complete");

  await openSection(page, "近三年经营数据");
  const panel = page.getByTestId("eligibility-slot");
  await expect(panel).toBeVisible();
  const before = await panel.innerText();
  const figures: Record<string, [string, string, string]> = {
    营业收入: ["30000000", "26000000", "22000000"],
    主营业务收入: ["28000000", "24000000", "20000000"],
    净利润: ["3000000", "2500000", "2000000"],
    资产总额: ["40000000", "36000000", "30000000"],
    负债总额: ["12000000", "11000000", "10000000"],
    职工总数: ["120", "110", "100"],
  };
  for (const [label, values] of Object.entries(figures)) {
    for (const [i, year] of ["2025", "2024", "2023"].entries()) {
      await page.getByLabel(new RegExp(`^${label} ${year}年`)).fill(values[i]!);
    }
  }
  await waitForSaved(page);
  // The live panel follows the figures as they are typed.
  await expect.poll(async () => panel.innerText(), { timeout: 15_000 }).not.toBe(before);
  await completeSection(page);

  await openSection(page, "研发与知识产权");
  await page.getByLabel(/^研发费用 2025年/).fill("2400000");
  await page.getByLabel(/^研发费用 2024年/).fill("2000000");
  await page.getByLabel("与主导产品相关的Ⅰ类知识产权总数").fill("3");
  await completeSection(page);

  for (const section of ["市场与主导产品", "认证与荣誉"]) {
    await openSection(page, section);
    await completeSection(page);
  }
  await openSection(page, "承诺与声明");
  for (const label of ["被列入经营异常名录", "被列入严重失信主体名单"]) await page.getByLabel(label).selectOption({ label: "否" });
  await completeSection(page);

  // Evidence: a PDF, checked by its content, previewed and served with a safe type.
  await openSection(page, "证明材料");
  await page.getByTestId("upload-documents").setInputFiles({ name: "营业执照.pdf", mimeType: "application/pdf", buffer: PDF });
  const link = page.getByTestId("documents-documents").getByRole("link", { name: "营业执照.pdf", exact: true });
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'none'");
  await page.getByRole("button", { name: "保存并返回任务列表" }).click();
  await expect(page.locator('[data-section="documents"]')).toHaveAttribute("data-progress", "complete");

  // A draft survives a reload.
  await openSection(page, "近三年经营数据");
  await page.getByLabel(/^营业收入 2025年/).fill("31000000");
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByLabel(/^营业收入 2025年/)).toHaveValue("31000000");

  // The link in the sign-up email verifies the address, as its owner would open it.
  await page.goto(linkIn(await waitForMail(email, /请验证邮箱/), "/verify-email/"));
  await expect(page.getByTestId("verification-result")).toHaveAttribute("data-outcome", "verified");

  await page.goto(applicationUrl);
  await page.getByRole("link", { name: "检查并提交" }).click();
  await expect(page.getByTestId("page-title")).toHaveText("检查填写内容");
  await expect(page.getByTestId("check-financials")).toContainText("营业收入 (2025)");
  await expect(page.getByTestId("check-documents")).toContainText("营业执照.pdf");
  await page.getByRole("button", { name: "确认并提交申报" }).click();
  await expect(page).toHaveURL(/\/status\?done=submit$/);
  await expect(page.getByTestId("application-status")).toHaveText("市级审核中");
  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
  await expect(page.getByTestId("timeline-entry").first()).toHaveAttribute("data-action", "submit");
  await expect(page.getByTestId("timeline-entry").first()).toContainText("申报企业");
  // The city has the call's working days to decide; the company is told by when.
  await expect(page.getByTestId("expected-decision")).toContainText(/市级主管部门预计于.+前作出审核决定/);
  await expect(page.getByTestId("level-stay")).toHaveText([/市级主管部门.*办理中/]);
});

test("a company withdraws an application, after confirming", async ({ page }) => {
  await signIn(page, "company@demo.sme.cn", "Company#2026");
  await page.goto("/company");
  await page
    .locator('[data-programme-tier="specialized"]')
    .getByRole("button", { name: /开始申报/ })
    .click();
  await expect(page).toHaveURL(/\/company\/applications\/[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}/status`);
  await page.getByRole("button", { name: "撤回申报" }).click();
  await expect(page.getByTestId("withdraw-confirm")).toBeVisible();
  await page.getByLabel("撤回原因（可选）").fill("材料准备不足，明年再申报");
  await page.getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByTestId("application-status")).toHaveText("已撤回");
  await expect(page.getByTestId("timeline-entry").last()).toHaveAttribute("data-action", "withdraw");
  await expect(page.getByTestId("timeline-entry").last()).toContainText("材料准备不足");
  await expect(page.getByRole("button", { name: "撤回申报" })).toHaveCount(0);
});

test("another company's application and files are not found", async ({ page, expectConsoleError }) => {
  expectConsoleError(/status of 404 .*\/company\/applications\/00000000-0000-4000-8000-000000000000\/status/);
  await signIn(page, "company@demo.sme.cn", "Company#2026");
  const response = await page.goto("/company/applications/00000000-0000-4000-8000-000000000000/status");
  expect(response?.status()).toBe(404);
  const file = await page.request.get("/api/documents/00000000-0000-4000-8000-000000000000");
  expect(file.status()).toBe(404);
});

test("the inbox shows notifications with an unread count in the header", async ({ page }) => {
  await signIn(page, "fuzhou@demo.gov.cn", "City#2026");
  await page.getByTestId("inbox-link").click();
  await expect(page.getByTestId("page-title")).toHaveText("消息中心");
  await expect(page.getByTestId("inbox-unread")).toBeVisible();
});
