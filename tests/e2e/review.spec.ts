import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signIn } from "./support/sign-in";

/**
 * The officials' side of applications on the seeded demo data: Fuzhou's and Xiamen's municipal
 * officials, the Fujian provincial official, MIIT and the experts (lib/seed/demo-accounts.ts).
 */
const FUZHOU = { email: "fuzhou@demo.gov.cn", password: "City#2026" };
const XIAMEN = { email: "xiamen@demo.gov.cn", password: "City#2026" };
const FUJIAN = { email: "fujian@demo.gov.cn", password: "Province#2026" };
const MIIT = { email: "miit@demo.gov.cn", password: "Ministry#2026" };
const EXPERT = { email: "expert1@demo.sme.cn", password: "Expert#2026" };

async function signInAs(page: Page, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await signIn(page, account.email, account.password);
}

const rows = (page: Page) => page.getByTestId("queue-row");

// Any error in the browser's console (a hydration mismatch, a missing message) fails the test;
// the 404 page's own status line is expected where a test asks for another city's file.
const consoleErrors = new WeakMap<Page, string[]>();
test.beforeEach(({ page }) => {
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
});
test.afterEach(({ page }) => {
  expect(consoleErrors.get(page) ?? []).toEqual([]);
});

async function expectOnlyCity(page: Page, city: string) {
  const cities = await page.getByTestId("queue-city").allTextContents();
  expect(cities.length).toBeGreaterThan(0);
  expect(new Set(cities.map((c) => c.trim()))).toEqual(new Set([city]));
}

test.describe("the municipal official's queue", () => {
  test("holds only the official's own city, and filters, searches and pages through the URL", async ({ page }) => {
    await signInAs(page, FUZHOU);
    await expect(page.getByTestId("status-counts")).toBeVisible();
    await page.getByTestId("open-queue").click();
    await expect(page).toHaveURL(/\/staff\/applications\?status=municipal_review$/);
    await expect(page.getByTestId("status-tab-municipal_review")).toHaveAttribute("aria-current", "page");
    await expectOnlyCity(page, "福州市");

    // Every status: more than a page of Fuzhou files.
    await page.getByTestId("status-tab-all").click();
    await expect(page).toHaveURL(/status=all/);
    await expect(page.getByTestId("page-indicator")).toHaveText(/^第1页，共(\d+)页$/);
    const pageCount = Number(/共(\d+)页/.exec((await page.getByTestId("page-indicator").textContent()) ?? "")![1]);
    expect(pageCount).toBeGreaterThan(1);
    const ids = async () => Promise.all((await rows(page).all()).map((row) => row.getAttribute("data-id")));
    const firstPage = await ids();
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("page-indicator")).toHaveText(`第2页，共${pageCount}页`);
    await expectOnlyCity(page, "福州市");
    const secondPage = await ids();
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);

    // Search by part of a company's name; the URL carries it, so the view can be shared.
    const name = (await page.getByTestId("queue-company").first().textContent())!.trim();
    const part = name.slice(2, 6);
    await page.getByLabel("企业名称或统一社会信用代码").fill(part);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(part)}`));
    await expect(page.getByTestId("queue-company").first()).toBeVisible();
    for (const found of await page.getByTestId("queue-company").allTextContents()) expect(found).toContain(part);
    const shared = page.url();
    await page.goto(shared);
    await expect(page.getByLabel("企业名称或统一社会信用代码")).toHaveValue(part);

    // A score out of range is refused beside its field.
    await page.getByLabel("最低得分").fill("120");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByLabel("最低得分")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("请输入0至100之间的分数。")).toBeVisible();
    await expect(page).toHaveURL(shared);
  });

  test("returns one file for correction (the reason is required) and approves another", async ({ page }) => {
    await signInAs(page, FUZHOU);
    await page.goto("/staff/applications?status=municipal_review");
    const first = rows(page).first();
    const firstName = (await first.getByTestId("queue-company").textContent())!.trim();
    await first.getByTestId("queue-company").click();
    await expect(page.getByTestId("application-company")).toHaveText(firstName);
    await expect(page.getByTestId("application-status")).toHaveText("市级审核中");
    await expect(page.getByTestId("facts")).toBeVisible();
    // The evaluation frozen at submission next to one made today.
    await expect(page.getByTestId("evaluation-stored")).toBeVisible();
    await expect(page.getByTestId("evaluation-current")).toBeVisible();

    await page.getByRole("radio", { name: "退回修改" }).check();
    await page.getByRole("button", { name: "提交审核意见" }).click();
    await expect(page.getByLabel("理由")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#decision-reason-error")).toHaveText("请填写理由。");
    await expect(page.locator("#decision-sections-error")).toHaveText("请选择需要企业修改的部分。");

    await page.getByLabel("理由").fill("请补充近三年审计报告。");
    await page.getByRole("checkbox", { name: "近三年经营数据" }).check();
    await page.getByRole("button", { name: "提交审核意见" }).click();
    await expect(page.getByTestId("decision-result")).toContainText("审核意见已记录，申报当前状态：退回修改。");
    await expect(page.getByTestId("application-status")).toHaveText("退回修改");
    await expect(page.getByTestId("timeline").locator("li").last()).toContainText("请补充近三年审计报告。");
    await expect(page.getByTestId("no-actions")).toBeVisible();

    // A file the rules judge eligible: approving it needs no reason (the override has its own test).
    await page.goto("/staff/applications?status=municipal_review&outcome=eligible");
    await expect(page.getByTestId("queue-company").filter({ hasText: firstName })).toHaveCount(0);
    const second = rows(page).first();
    const secondName = (await second.getByTestId("queue-company").textContent())!.trim();
    await second.getByTestId("queue-company").click();
    await expect(page.getByTestId("application-company")).toHaveText(secondName);
    await page.getByRole("radio", { name: "审核通过，报送省级" }).check();
    await page.getByRole("button", { name: "提交审核意见" }).click();
    await expect(page.getByTestId("decision-result")).toContainText("省级审核中");
    await expect(page.getByTestId("application-status")).toHaveText("省级审核中");
  });

  test("approves two files at once from the queue and sees the result of each", async ({ page }) => {
    await signInAs(page, FUZHOU);
    // Eligible files: the queue's bulk approval never overrides the rules' judgement.
    await page.goto("/staff/applications?status=municipal_review&outcome=eligible&sort=name");
    const names = (await page.getByTestId("queue-company").allTextContents()).slice(0, 2).map((n) => n.trim());
    for (const name of names) await page.getByRole("checkbox", { name: `选择${name}` }).check();
    await expect(page.getByTestId("bulk-selected")).toHaveText("已选择2份申报");
    await page.getByRole("button", { name: "对所选申报执行" }).click();
    const results = page.getByTestId("bulk-result");
    await expect(results).toHaveCount(2);
    for (const name of names) await expect(results.filter({ hasText: name })).toContainText("已完成：当前状态为“省级审核中”");
    await expect(page.getByTestId("bulk-results")).toContainText("成功2份，失败0份。");
  });

  test("approving a file the rules judge not eligible needs a reason, said before submitting, and is recorded", async ({ page }) => {
    await signInAs(page, FUZHOU);
    await page.goto("/staff/applications?status=municipal_review&outcome=not-eligible");
    await rows(page).first().getByTestId("queue-company").click();
    await expect(page.getByTestId("gate-override")).toContainText("按认定标准评估，该申报不符合条件：审核通过属于例外决定，须填写理由");
    await page.getByRole("radio", { name: "审核通过，报送省级" }).check();
    await expect(page.getByLabel("理由")).toHaveAttribute("aria-required", "true");
    await page.getByRole("button", { name: "提交审核意见" }).click();
    await expect(page.getByLabel("理由")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#decision-reason-error")).toHaveText("请填写对评估为不符合条件的申报审核通过的理由。");

    await page.getByLabel("理由").fill("经现场核查，补充的审计报告证实相关指标达标。");
    await page.getByRole("button", { name: "提交审核意见" }).click();
    await expect(page.getByTestId("decision-result")).toContainText("省级审核中");
    await expect(page.getByTestId("timeline").locator("li").last()).toContainText("经现场核查，补充的审计报告证实相关指标达标。");
  });

  test("another city's file is not found, though the province sees it", async ({ page, expectConsoleError }) => {
    expectConsoleError(/status of 404 .*\/staff\/applications\//);
    await signInAs(page, XIAMEN);
    await page.goto("/staff/applications?status=all");
    await expectOnlyCity(page, "厦门市");
    const xiamenFile = await rows(page).first().getAttribute("data-id");
    expect(xiamenFile).toMatch(/^[0-9a-f-]{36}$/);

    await signInAs(page, FUZHOU);
    const response = await page.goto(`/staff/applications/${xiamenFile}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();

    await signInAs(page, FUJIAN);
    const provincial = await page.goto(`/staff/applications/${xiamenFile}`);
    expect(provincial?.status()).toBe(200);
    await expect(page.getByTestId("application-company")).toBeVisible();
  });
});

test("MIIT draws experts at random, an expert reviews blind, and MIIT sees the combined result", async ({ page }) => {
  await signInAs(page, MIIT);
  await page.goto("/staff/applications");
  // Without parameters the queue opens on the files awaiting this level.
  await expect(page.getByTestId("status-tab-ministry_review")).toHaveAttribute("aria-current", "page");
  await rows(page).first().getByTestId("queue-company").click();
  await expect(page).toHaveURL(/\/staff\/applications\/[0-9a-f-]{36}$/);
  const fileUrl = page.url();
  const company = (await page.getByTestId("application-company").textContent())!.trim();
  await expect(page.getByRole("radio", { name: "审定通过" })).toBeVisible();
  await expect(page.getByTestId("expert-summary")).toContainText("已提交0份评审意见，共0位专家");

  await page.getByLabel("抽取专家人数").fill("3");
  await page.getByRole("button", { name: "随机抽取专家" }).click();
  await expect(page.getByTestId("experts-result")).toContainText("本次抽取3位专家，共分配3位。");
  await expect(page.getByTestId("expert-results").locator("tbody tr")).toHaveCount(3);
  // The demo's little-giant call gives experts 10 working days from the draw: each is due, on time.
  await expect(page.getByTestId("expert-results").locator('[data-state="on-time"]')).toHaveCount(3);

  await signInAs(page, EXPERT);
  const assignment = page.getByTestId("expert-assignment").filter({ hasText: company });
  await expect(assignment).toContainText("待评审");
  await expect(assignment.locator('[data-state="on-time"]')).toBeVisible();
  await assignment.getByRole("link", { name: company }).click();
  await expect(page.getByTestId("expert-review-title")).toContainText(company);
  await expect(page.getByText("本次评审为盲评")).toBeVisible();

  await page.getByRole("button", { name: "提交评审意见" }).click();
  await expect(page.getByLabel("评分（0–100）")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("请填写评审意见。")).toBeVisible();
  await page.getByLabel("评分（0–100）").fill("86");
  await page.getByRole("textbox", { name: "评审意见" }).fill("主导产品细分市场占有率高，研发投入稳定，建议通过。");
  await page.getByRole("button", { name: "提交评审意见" }).click();
  await expect(page.getByTestId("expert-review-submitted")).toContainText("评分86分");

  await signInAs(page, MIIT);
  await page.goto(fileUrl);
  await expect(page.getByTestId("expert-summary")).toContainText("已提交1份评审意见，共3位专家 · 平均分：86");
  // A review that is in has no due date left; the two still to come keep theirs.
  await expect(page.getByTestId("expert-results").locator("[data-state]")).toHaveCount(2);
  // Approval waits for every assigned expert (a hard rule), and the page says so before MIIT tries.
  await expect(page.getByTestId("gate-experts")).toContainText("3位专家中还有2位未提交，全部提交后方可审核通过");
  await expect(page.getByRole("radio", { name: "审定通过" })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "退回修改" })).toBeVisible();
});
