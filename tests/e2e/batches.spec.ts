import type { Page } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mailbox";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

const PROVINCE = { email: "fujian@demo.gov.cn", password: "Province#2026" };
const ADMIN = { email: "admin@demo.gov.cn", password: "Admin#2026" };
const PROGRAMME = "福建省2026年专精特新中小企业认定";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
// An email address, so the objector's receipt and answer arrive by email (the mail capture reads them).
const CONTACT = `wang.jianhua-${Date.now()}@example.cn`;

/** Today in Beijing moved by `days`, as YYYY-MM-DD. */
function chinaDay(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

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

/**
 * A notice from today runs a week or two; near the year's end it reaches into January, which the
 * portal refuses until that year's holidays are loaded. New Year's Day is a holiday every year,
 * so the national administrator loading it keeps this test independent of the date it runs on.
 */
async function loadNextYear(page: Page) {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/calendar");
  const form = page.getByTestId("calendar-day");
  await form.getByLabel("日期").fill(`${Number(chinaDay().slice(0, 4)) + 1}-01-01`);
  await form.getByLabel("类型").selectOption("holiday");
  await form.getByLabel("名称（中文）").fill("元旦");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存。");
  await page.context().clearCookies();
}

test.describe("public notice: the window, objections and their references", () => {
  test("a notice cannot be back-dated or announced early, naming the rule; an objector gets a reference and follows it", async ({
    page,
    browser,
    expectConsoleError,
  }) => {
    test.setTimeout(180_000);
    // The refused objection (400) and the look-up with a wrong contact (404), on purpose.
    expectConsoleError(/Failed to load resource: the server responded with a status of 40[04]/);
    await loadNextYear(page);
    const stamp = Date.now().toString(36);
    await signIn(page, PROVINCE.email, PROVINCE.password);

    const title = `端到端公示批次-${stamp}`;
    const batchId = await createBatch(page, title);
    const chosen = page.getByTestId("add-chosen");
    const firstReady = chosen.getByRole("checkbox").first();
    const objectedFirm = (await firstReady.getAttribute("aria-label"))!.replace(/^选择 /, "");
    await firstReady.check();
    await chosen.getByRole("button", { name: "加入所选" }).click();
    await expect(chosen.getByRole("status")).toHaveText("已加入 1 家企业。");
    // The page has taken the addition in (its forms are keyed by the batch's version) before the date is typed.
    await expect(page.getByTestId("entries")).toContainText(objectedFirm);

    // Back-dating is refused with the rule and the earliest start; today is accepted.
    const publish = page.getByTestId("publish-notice");
    await publish.getByLabel("公示开始日期").fill(chinaDay(-1));
    await publish.getByRole("button", { name: "发布公示" }).click();
    await expect(publish.getByRole("status")).toHaveText(`公示开始日期不得早于今天（北京时间）：公众须在整个公示期内都能提出异议。最早可从${chinaDay()}开始。`);
    await expect(page.getByTestId("batch-status")).toContainText("草稿");
    await publish.getByLabel("公示开始日期").fill(chinaDay());
    await expect(publish.getByLabel(/公示工作日数（不少于5个）/)).toHaveValue("5");
    await publish.getByRole("button", { name: "发布公示" }).click();
    await expect(page.getByTestId("batch-status")).toContainText("公示中");
    const noticeEnd = (await page.getByTestId("notice-period").textContent())!.match(/至 (\d{4}-\d{2}-\d{2})/)![1]!;
    const announceFrom = dayAfter(noticeEnd);

    // A member of the public objects from the firm's row: the firm is chosen for them.
    const publicContext = await browser.newContext({ locale: "zh-CN" });
    const visitor = await publicContext.newPage();
    await visitor.goto("/notices");
    await visitor.getByRole("link", { name: title }).click();
    await visitor
      .getByTestId("notice-entries")
      .getByRole("row", { name: new RegExp(objectedFirm.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
      .getByRole("link", { name: "提出异议" })
      .click();
    const form = visitor.getByTestId("objection-form");
    const firmSelect = form.getByLabel("被异议企业");
    await expect(firmSelect.locator("option:checked")).toContainText(objectedFirm);
    await form.getByLabel("真实姓名").fill("王建华");
    await form.getByLabel("联系电话或邮箱").fill(CONTACT);
    const reason = "该企业主导产品的市场占有率数据与行业协会公布的数据明显不符。";
    await form.getByLabel("异议理由").fill(reason);
    await form.getByLabel("证明材料").setInputFiles({ name: "证明材料.pdf", mimeType: "application/pdf", buffer: PDF });

    // A wrong sum is refused in the page's language only, and nothing typed is lost.
    await form.getByLabel(/请计算/).fill("999");
    await form.getByRole("button", { name: "提交异议" }).click();
    await expect(form.locator("#objection-challengeAnswer-error")).toHaveText("计算结果不正确。");
    await expect(form.getByLabel("异议理由")).toHaveValue(reason);
    await expect(form.getByLabel("真实姓名")).toHaveValue("王建华");
    await expect(firmSelect.locator("option:checked")).toContainText(objectedFirm);
    const question = (await form.getByText(/请计算/).textContent())!;
    const [a, b] = question
      .match(/(\d+) \+ (\d+)/)!
      .slice(1)
      .map(Number);
    await form.getByLabel(/请计算/).fill(String(a! + b!));
    await form.getByLabel("证明材料").setInputFiles({ name: "证明材料.pdf", mimeType: "application/pdf", buffer: PDF });
    await form.getByRole("button", { name: "提交异议" }).click();
    await expect(form.getByRole("status")).toContainText("异议已收到，主管部门将依规核实处理。");
    const reference = (await form.getByTestId("objection-reference").textContent())!.trim();
    expect(reference).toMatch(/^\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/);
    const receipt = await waitForMail(CONTACT, /异议已收到/);
    expect(receipt.subject).toContain(reference);
    expect(linkIn(receipt, "/notices/objections/status")).toMatch(/^http/);

    // The objector follows it by reference and contact; a wrong contact learns nothing.
    await form.getByRole("link", { name: "查询已提交异议的处理进度" }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("查询异议处理进度");
    const lookup = visitor.getByTestId("objection-status-form");
    await lookup.getByLabel(/异议编号/).fill(reference.toLowerCase());
    await lookup.getByLabel("提交时留下的邮箱或电话").fill("13900000000");
    await lookup.getByRole("button", { name: "查询" }).click();
    await expect(visitor.getByRole("main").getByRole("status")).toHaveText("未找到与该编号和联系方式相符的异议，请核对后重试。");
    await lookup.getByLabel("提交时留下的邮箱或电话").fill(CONTACT);
    await lookup.getByRole("button", { name: "查询" }).click();
    await expect(visitor.getByTestId("objection-state")).toHaveText("待处理 — 主管部门正在核实处理");
    await expect(visitor.getByTestId("objection-status")).toContainText(title);

    // The official cannot announce: the page and the server's refusal name both rules and the day.
    await page.goto(`/staff/batches/${batchId}`);
    const objection = page.getByTestId("objection");
    await expect(objection).toContainText(`编号 ${reference}`);
    await expect(page.getByTestId("announce-blocked")).toContainText("尚有未处理的异议");
    await expect(page.getByTestId("announce-blocked")).toContainText(`最早可于${announceFrom}`);
    const announce = page.getByTestId("announce");
    await announce.getByRole("button", { name: "正式公告" }).click();
    await expect(announce.getByRole("status")).toContainText("全部异议处理完毕后方可公告");
    await expect(announce.getByRole("status")).toContainText(`公示期满后方可公告，最早可于${announceFrom}公告`);

    // Upheld: the firm leaves the list; the notice still runs, and announcing still waits for it.
    const resolve = objection.getByTestId("resolve-objection");
    await resolve.getByLabel("处理结果").selectOption("upheld");
    await resolve.getByLabel("处理意见").fill("经核实，市场占有率数据不实，移出名单。");
    await resolve.getByRole("button", { name: "提交处理结果" }).click();
    await expect(objection.locator("p").first()).toHaveText(/· 成立$/);
    await page.reload();
    await expect(page.getByTestId("entries")).not.toContainText(objectedFirm);
    await expect(page.getByTestId("announce-blocked")).toContainText("公示期尚未结束");
    await page.getByTestId("announce").getByRole("button", { name: "正式公告" }).click();
    await expect(page.getByTestId("announce").getByRole("status")).toContainText(`最早可于${announceFrom}公告`);
    await expect(page.getByTestId("batch-status")).toContainText("公示中");

    // The objector sees the decision.
    await lookup.getByRole("button", { name: "查询" }).click();
    await expect(visitor.getByTestId("objection-state")).toHaveText("成立 — 异议成立，该企业已移出名单");
    await expect(visitor.getByTestId("objection-status")).toContainText("经核实，市场占有率数据不实，移出名单。");
    // And is told by email, with the reason, without having to look.
    const answer = await waitForMail(CONTACT, /您的异议已处理/);
    expect(answer.subject).toContain(reference);
    expect(answer.text).toContain("异议成立：该企业已从名单中移除");
    expect(answer.text).toContain("经核实，市场占有率数据不实，移出名单。");
    expect(answer.text).toContain("The objection is upheld");
    await publicContext.close();
  });
});
