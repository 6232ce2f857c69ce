import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { linkIn, waitForMail } from "./support/mailbox";
import { signIn } from "./support/sign-in";

/**
 * One little-giant application all the way through, each actor in their own browser: the company
 * drafts and submits, the city approves, the province returns it for correction, the company
 * fixes the reopened section and resubmits, the province recommends it, the ministry approves.
 */
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

async function as(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}

async function completeSection(page: Page, name: string, fill: (page: Page) => Promise<void> = async () => undefined) {
  await page.getByTestId("task-list").getByRole("link", { name }).click();
  await expect(page.getByTestId("page-title")).toHaveText(name);
  await fill(page);
  await page.getByLabel("我已完成此部分").check();
  await page.getByRole("button", { name: "保存并返回任务列表" }).click();
  await expect(page.getByTestId("task-list")).toBeVisible();
}

async function decide(page: Page, id: string, choice: string, expectedStatus: string, extra: (page: Page) => Promise<void> = async () => undefined) {
  await page.goto(`/staff/applications/${id}`);
  await page.getByRole("radio", { name: choice }).check();
  await extra(page);
  await page.getByRole("button", { name: "提交审核意见" }).click();
  await expect(page.getByTestId("application-status")).toHaveText(expectedStatus);
}

test("a little-giant application goes from draft to the ministry's approval, through a correction", async ({ browser, baseURL, expectConsoleError }) => {
  test.setTimeout(300_000);
  // The other city's official is refused the file at the end (404), which the browser logs.
  expectConsoleError(/status of 404 .*\/staff\/applications\//);
  const company = await as(browser, baseURL!, "specialized@demo.sme.cn", "Company#2026");
  await company.goto("/company");
  await company
    .locator('[data-programme-tier="little_giant"]')
    .getByRole("button", { name: /开始申报/ })
    .click();
  await expect(company).toHaveURL(/\/company\/applications\/[0-9a-f-]{36}$/);
  const id = company.url().split("/").at(-1)!;

  await completeSection(company, "企业基本情况", async (p) => {
    await p.getByLabel("在中国境内工商注册登记、具有独立法人资格").selectOption({ label: "是" });
    await p.getByLabel("企业规模（《中小企业划型标准规定》）").selectOption({ label: "中型企业" });
  });
  await completeSection(company, "近三年经营数据", async (p) => {
    for (const [label, values] of Object.entries({
      营业收入: ["150000000", "130000000", "110000000"],
      主营业务收入: ["140000000", "120000000", "100000000"],
    })) {
      for (const [i, year] of ["2025", "2024", "2023"].entries()) await p.getByLabel(new RegExp(`^${label} ${year}年`)).fill(values[i]!);
    }
    await expect(p.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
    // The form as a company fills it, with the live self-assessment beside it.
    await expectAccessible(p);
  });
  for (const section of ["研发与知识产权", "市场与主导产品", "认证与荣誉"]) await completeSection(company, section);
  await completeSection(company, "承诺与声明", async (p) => {
    for (const label of ["被列入经营异常名录", "被列入严重失信主体名单"]) await p.getByLabel(label).selectOption({ label: "否" });
  });
  await company.getByTestId("task-list").getByRole("link", { name: "证明材料" }).click();
  await company.getByTestId("upload-documents").setInputFiles({ name: "审计报告.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(company.getByTestId("documents-documents").getByRole("link", { name: "审计报告.pdf", exact: true })).toBeVisible();
  await expectAccessible(company);
  await company.getByRole("button", { name: "保存并返回任务列表" }).click();
  await expect(company.locator('[data-section="documents"]')).toHaveAttribute("data-progress", "complete");
  await company.getByRole("link", { name: "检查并提交" }).click();
  await company.getByRole("button", { name: "确认并提交申报" }).click();
  await expect(company).toHaveURL(/\/status\?done=submit$/);
  await expect(company.getByTestId("application-status")).toHaveText("市级审核中");
  // The file has its reference number on the status page, and the firm's receipt email carries it.
  const reference = (await company.getByTestId("application-reference").textContent())!.match(/SB\d{4}-\d{7}/)![0];
  const receipt = await waitForMail("specialized@demo.sme.cn", new RegExp(`申报已收到（编号 ${reference}）`));
  expect(receipt.text).toContain(`reference ${reference}`);
  expect(linkIn(receipt, `/company/applications/${id}/status`)).toMatch(/^http/);

  // The city sees it in its queue and sends it to the province.
  const city = await as(browser, baseURL!, "fuzhou@demo.gov.cn", "City#2026");
  await decide(city, id, "审核通过，报送省级", "省级审核中");

  // The province returns it: a reason and the sections to fix are required.
  const province = await as(browser, baseURL!, "fujian@demo.gov.cn", "Province#2026");
  await province.goto(`/staff/applications/${id}`);
  await province.getByRole("radio", { name: "退回修改" }).check();
  await province.getByRole("button", { name: "提交审核意见" }).click();
  await expect(province.locator("#decision-reason-error")).toHaveText("请填写理由。");
  await decide(province, id, "退回修改", "退回修改", async (p) => {
    await p.getByLabel("理由").fill("请补充2023年的营业收入证明，并核对主营业务收入。");
    await p.getByRole("checkbox", { name: "近三年经营数据" }).check();
  });

  // The company sees the request, can change only the reopened section, and resubmits.
  await company.goto(`/company/applications/${id}/status`);
  await expect(company.getByTestId("application-status")).toHaveText("退回修改");
  await expect(company.getByTestId("correction-request")).toContainText("近三年经营数据");
  await company.goto(`/company/applications/${id}`);
  await company.getByTestId("task-list").getByRole("link", { name: "企业基本情况" }).click();
  await expect(company.getByTestId("section-locked")).toBeVisible();
  await company.goto(`/company/applications/${id}`);
  await company.getByTestId("task-list").getByRole("link", { name: "近三年经营数据" }).click();
  await company.getByLabel(/^营业收入 2023年/).fill("112000000");
  await expect(company.getByTestId("save-status")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  await company.goto(`/company/applications/${id}/status`);
  await company.getByRole("link", { name: "检查并重新提交" }).click();
  await company.getByRole("button", { name: "确认并重新提交" }).click();
  await expect(company.getByTestId("application-status")).toHaveText("省级审核中");

  // The province recommends it to the ministry, which approves it.
  await decide(province, id, "审核通过，推荐至工业和信息化部", "工业和信息化部审核中");
  const ministry = await as(browser, baseURL!, "miit@demo.gov.cn", "Ministry#2026");
  await decide(ministry, id, "审定通过", "审核通过");

  // The company's timeline holds every step with its actor, and the reason it was shown.
  await company.goto(`/company/applications/${id}/status`);
  await expect(company.getByTestId("application-status")).toHaveText("审核通过");
  const actions = await company.getByTestId("timeline-entry").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
  expect(actions).toEqual(["submit", "approve", "return", "resubmit", "approve", "approve"]);
  // Each stay at a level and the working days it took; the return and resubmission are two stays at the province.
  const stays = await company.getByTestId("level-stay").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-level")));
  expect(stays).toEqual(["municipal", "provincial", "provincial", "ministry"]);
  await expect(company.getByTestId("level-stay").last()).toContainText("个工作日");
  await expect(company.getByTestId("expected-decision")).toHaveCount(0);
  await expect(company.getByTestId("timeline-entry").nth(2)).toContainText("请补充2023年的营业收入证明");

  // The Xiamen official cannot open Fuzhou's file.
  const otherCity = await as(browser, baseURL!, "xiamen@demo.gov.cn", "City#2026");
  const response = await otherCity.goto(`/staff/applications/${id}`);
  expect(response?.status()).toBe(404);
});
