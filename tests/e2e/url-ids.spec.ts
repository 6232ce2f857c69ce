import { randomBytes } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { buildCreditCode, CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { builtServerActions, postServerAction, signInRequest } from "./support/server-actions";
import { signIn } from "./support/sign-in";

/**
 * Ids in URLs and in request bodies are never trusted: a company that names another firm's
 * application or file, and a city official who names another city's file, get "not found" from
 * the pages, the API and the server actions alike — while the owner, or the right city, gets past
 * the same check (so the 404 is the jurisdiction check, not a broken id).
 */
const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const actions = builtServerActions();
const action = (name: string) => actions.find((a) => a.key.endsWith(`#${name}`))!;

async function as(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInRequest(context, email, password);
  return context;
}

/** A new firm with a draft and one uploaded file: records no demo account owns. */
async function newFirmWithFile(browser: Browser, baseURL: string): Promise<{ page: Page; applicationId: string; documentId: string }> {
  const organisation = [...randomBytes(9)].map((b) => CREDIT_CODE_ALPHABET[b % CREDIT_CODE_ALPHABET.length]).join("");
  const email = `ids-${Date.now()}@example.cn`;
  const page = await (await browser.newContext({ baseURL })).newPage();
  const signup = await postServerAction(page.request, baseURL, action("registerCompanyAction"), [
    {
      creditCode: buildCreditCode("91", "350100", organisation),
      companyName: "福州编号校验测试有限公司",
      provinceCode: "350000",
      cityCode: "350100",
      industryCode: "C34",
      contactName: "林测试",
      contactEmail: email,
      contactPhone: "13912345679",
      password: "Endtoend#2026",
      passwordConfirm: "Endtoend#2026",
    },
  ]);
  expect(signup.ok, signup.body.slice(0, 300)).toBe(true);
  await signIn(page, email, "Endtoend#2026");
  await page.goto("/company");
  await page
    .locator('[data-programme-tier="innovative"]')
    .getByRole("button", { name: /开始申报/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/company\/applications\/[0-9a-f-]{36}$/);
  const applicationId = page.url().split("/").pop()!;
  const upload = await page.request.post("/api/documents", {
    multipart: { applicationId, section: "documents", file: { name: "营业执照.pdf", mimeType: "application/pdf", buffer: PDF } },
  });
  expect(upload.status()).toBe(201);
  const documentId = ((await upload.json()) as { document: { id: string } }).document.id;
  return { page, applicationId, documentId };
}

test("another company's application and file are not found through any door", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { page: owner, applicationId, documentId } = await newFirmWithFile(browser, baseURL!);
  expect((await owner.request.get(`/api/documents/${documentId}`)).status()).toBe(200);

  const company = await as(baseURL!, "company@demo.sme.cn", "Company#2026");
  try {
    expect((await company.get(`/api/documents/${documentId}`)).status()).toBe(404);
    expect((await company.get(`/api/documents/${documentId}?download=1`)).status()).toBe(404);
    for (const path of [
      `/company/applications/${applicationId}`,
      `/company/applications/${applicationId}/status`,
      `/company/applications/${applicationId}/check`,
    ]) {
      expect((await company.get(path)).status(), path).toBe(404);
    }
    const intrude = await company.post("/api/documents", {
      multipart: { applicationId, section: "documents", file: { name: "x.pdf", mimeType: "application/pdf", buffer: PDF } },
    });
    expect(intrude.status()).toBe(404);
    const save = await postServerAction(company, baseURL!, action("saveDraftAction"), [{ applicationId, expectedVersion: 1, facts: {} }]);
    expect(save.resultStatus).toBe(404);
    const withdraw = await postServerAction(company, baseURL!, action("transitionApplicationAction"), [
      { applicationId, action: "withdraw", expectedVersion: 1 },
    ]);
    expect(withdraw.resultStatus).toBe(404);
    const remove = await postServerAction(company, baseURL!, action("removeDocumentAction"), [{ documentId }]);
    expect(remove.resultStatus).toBe(404);
  } finally {
    await company.dispose();
  }
  // Nothing the other company tried landed: the owner still has exactly its one file.
  expect((await owner.request.get(`/api/documents/${documentId}`)).status()).toBe(200);
  await owner.goto(`/company/applications/${applicationId}/status`);
  await expect(owner.getByTestId("application-status")).toHaveAttribute("data-status", "draft");
});

test("a city official naming another city's file is not found; the file's own city gets past the check", async ({ page, baseURL }) => {
  await signIn(page, "fuzhou@demo.gov.cn", "City#2026");
  await page.goto("/staff/applications?status=all");
  const fuzhouFile = await page.getByTestId("queue-row").first().getAttribute("data-id");
  expect(fuzhouFile).toMatch(/^[0-9a-f-]{36}$/);

  // A stale version: the own city is refused for that (409) and nothing is decided.
  const decide = [{ applicationId: fuzhouFile, action: "approve", expectedVersion: 999_999 }];
  const own = await postServerAction(page.request, baseURL!, action("decideApplicationAction"), decide);
  expect(own.resultStatus).toBe(409);

  const xiamen = await as(baseURL!, "xiamen@demo.gov.cn", "City#2026");
  try {
    expect((await xiamen.get(`/staff/applications/${fuzhouFile}`)).status()).toBe(404);
    expect((await postServerAction(xiamen, baseURL!, action("decideApplicationAction"), decide)).resultStatus).toBe(404);
    const note = await postServerAction(xiamen, baseURL!, action("addApplicationNoteAction"), [{ applicationId: fuzhouFile, body: "越权备注" }]);
    expect(note.resultStatus).toBe(404);
    const assign = await postServerAction(xiamen, baseURL!, action("assignReviewerAction"), [{ applicationId: fuzhouFile, assigneeId: "" }]);
    expect(assign.resultStatus).toBe(404);
  } finally {
    await xiamen.dispose();
  }
});
