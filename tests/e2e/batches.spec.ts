import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signIn } from "./support/sign-in";

const PROVINCE = { email: "fujian@demo.gov.cn", password: "Province#2026" };
const PROGRAMME = "福建省2026年专精特新中小企业认定";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Today in Beijing, and a day `days` before it, as YYYY-MM-DD. */
function chinaDay(daysBefore = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 - daysBefore * 86_400_000).toISOString().slice(0, 10);
}

async function createBatch(page: Page, titleZh: string): Promise<string> {
  await page.goto("/staff/batches");
  const form = page.getByTestId("create-batch");
  await form.getByLabel("项目").selectOption({ label: PROGRAMME });
  await form.getByLabel("批次名称（中文，可选）").fill(titleZh);
  await form.getByRole("button", { name: "创建草稿" }).click();
  await expect(form.getByRole("status")).toHaveText("已创建批次草稿。");
  await page.getByRole("link", { name: titleZh }).click();
  await expect(page.getByTestId("batch-title")).toHaveText(titleZh);
  return page.url().split("/").pop()!;
}

async function publish(page: Page, start: string, workingDays: number) {
  const form = page.getByTestId("publish-notice");
  await form.getByLabel("公示开始日期").fill(start);
  await form.getByLabel(/公示工作日数/).fill(String(workingDays));
  await form.getByRole("button", { name: "发布公示" }).click();
  // The publish form goes away once the batch is on notice; the status line tells.
  await expect(page.getByTestId("batch-status")).toContainText("公示中");
}

test.describe("batches, public notice, objections and the register", () => {
  test("an objection upheld during the notice removes the firm; a batch whose notice has ended is announced and verifiable", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    await signIn(page, PROVINCE.email, PROVINCE.password);

    // Batch A: one firm, on notice from today, so the public can object.
    const titleA = `端到端公示批次A-${stamp}`;
    const batchA = await createBatch(page, titleA);
    const chosen = page.getByTestId("add-chosen");
    const firstReady = chosen.getByRole("checkbox").first();
    const objectedFirm = (await firstReady.getAttribute("aria-label"))!.replace(/^选择 /, "");
    await firstReady.check();
    await chosen.getByRole("button", { name: "加入所选" }).click();
    await expect(chosen.getByRole("status")).toHaveText("已加入 1 家企业。");
    await expect(page.getByTestId("entries")).toContainText(objectedFirm);
    await publish(page, chinaDay(), 5);

    // A member of the public, not signed in, objects with evidence.
    const publicContext = await browser.newContext({ locale: "zh-CN" });
    const visitor = await publicContext.newPage();
    await visitor.goto("/notices");
    await visitor.getByRole("link", { name: titleA }).click();
    await expect(visitor.getByTestId("notice-entries")).toContainText(objectedFirm);
    const form = visitor.getByTestId("objection-form");
    const firmSelect = form.getByLabel("被异议企业");
    await firmSelect.selectOption((await firmSelect.locator("option", { hasText: objectedFirm }).getAttribute("value"))!);
    await form.getByLabel("真实姓名").fill("王建华");
    await form.getByLabel("联系电话或邮箱").fill("13800138000");
    await form.getByLabel("异议理由").fill("该企业主导产品的市场占有率数据与行业协会公布的数据明显不符。");
    await form.getByLabel("证明材料").setInputFiles({ name: "证明材料.pdf", mimeType: "application/pdf", buffer: PDF });
    const question = (await form.getByText(/请计算/).textContent())!;
    const [a, b] = question.match(/(\d+) \+ (\d+)/)!.slice(1).map(Number);
    await form.getByLabel(/请计算/).fill(String(a! + b!));
    // The server refuses a form sent within seconds of being served (a bot's speed).
    await visitor.waitForTimeout(3_500);
    await form.getByRole("button", { name: "提交异议" }).click();
    await expect(form.getByRole("status")).toHaveText("异议已收到，主管部门将依规核实处理。");
    await publicContext.close();

    // The official upholds it: the firm leaves the list, with the reason.
    await page.goto(`/staff/batches/${batchA}`);
    const objection = page.getByTestId("objection");
    await expect(objection).toContainText("王建华");
    await expect(objection.getByRole("link", { name: "证明材料.pdf" })).toBeVisible();
    await expect(page.getByTestId("announce-blocked")).toContainText("尚有未处理的异议");
    const resolve = objection.getByTestId("resolve-objection");
    await resolve.getByLabel("处理结果").selectOption("upheld");
    await resolve.getByLabel("处理意见").fill("经核实，市场占有率数据不实，移出名单。");
    await resolve.getByRole("button", { name: "提交处理结果" }).click();
    await expect(objection.locator("p").first()).toHaveText(/· 成立$/);
    await page.reload();
    await expect(page.getByTestId("entries")).not.toContainText(objectedFirm);
    await expect(page.getByText(`经核实，市场占有率数据不实，移出名单。`).first()).toBeVisible();
    await expect(page.getByTestId("announce-blocked")).toContainText("公示期尚未结束");

    // Batch B: the remaining ready firms, on a notice that started 20 days ago and has ended.
    const titleB = `端到端公告批次B-${stamp}`;
    const batchB = await createBatch(page, titleB);
    await page.getByTestId("add-all").getByRole("button", { name: "全部加入" }).click();
    await expect(page.getByTestId("add-all").getByRole("status")).toContainText("已加入");
    const firm = (await page.getByTestId("entries").locator("tbody tr").first().locator("td").first().textContent())!.trim();
    await publish(page, chinaDay(20), 3);
    const announce = page.getByTestId("announce");
    await announce.getByRole("button", { name: "正式公告" }).click();
    await expect(page.getByTestId("batch-status")).toContainText("已公告");
    await expect(page.getByTestId("announced-summary")).toContainText(/已公告，\d+ 家企业获得认定/);

    // The public register shows the firm, its certificate is served, and its QR target says valid.
    await page.goto(`/register?q=${encodeURIComponent(firm)}&batch=${batchB}`);
    const results = page.getByTestId("register-results");
    await expect(results).toContainText(firm);
    await expect(results).toContainText("有效");
    const certificateHref = (await results.getByRole("link", { name: /证书/ }).first().getAttribute("href"))!;
    const certificate = await page.request.get(certificateHref);
    expect(certificate.status()).toBe(200);
    expect(certificate.headers()["content-type"]).toBe("application/pdf");
    expect((await certificate.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const verifyUrl = certificate.headers()["x-verify-url"]!;
    expect(verifyUrl).toMatch(/\/verify\/[0-9a-f-]{36}$/);
    await page.goto(new URL(verifyUrl).pathname);
    await expect(page.getByTestId("verify-verdict")).toHaveText("该证书对应的认定当前有效。");

    await page.getByRole("link", { name: firm }).click();
    await expect(page.getByTestId("company-name")).toHaveText(firm);
    await expect(page.getByText(titleB).first()).toBeVisible();
    expect(batchA).not.toBe(batchB);
  });
});
