import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./support/test";
import { builtServerActions, postServerAction, signInRequest } from "./support/server-actions";

/**
 * Text PostgreSQL cannot store — U+0000, and a lone surrogate, which JSON can carry — sent over
 * HTTP to a server action, the public sign-up and the public objection form is an invalid-input
 * answer naming the field (it used to reach the database and fail as a 500).
 */
const PLACEHOLDER = "00000000-0000-4000-8000-000000000000";
const UNSTORABLE = "无法保存的字符";
const actions = builtServerActions();
const action = (name: string) => actions.find((a) => a.key.endsWith(`#${name}`))!;

test("a server action refuses a NUL or a lone surrogate with 400, naming the field", async ({ baseURL }) => {
  const official = await playwrightRequest.newContext({ baseURL });
  try {
    await signInRequest(official, "fuzhou@demo.gov.cn", "City#2026");
    for (const body of ["备注\u0000", "备注\ud800"]) {
      const result = await postServerAction(official, baseURL!, action("addApplicationNoteAction"), [{ applicationId: PLACEHOLDER, body }]);
      expect(result.httpStatus).toBe(200);
      expect(result.resultStatus).toBe(400);
      expect(result.body).toContain(UNSTORABLE);
    }
  } finally {
    await official.dispose();
  }
});

test("the public sign-up refuses a NUL in the company name with 400", async ({ request, baseURL }) => {
  const result = await postServerAction(request, baseURL!, action("registerCompanyAction"), [{ companyName: "福州\u0000有限公司" }]);
  expect(result.resultStatus).toBe(400);
  expect(result.body).toContain(UNSTORABLE);
});

test("the public objection form refuses a NUL in a field with 400 naming it", async ({ request }) => {
  const response = await request.post(`/notices/${PLACEHOLDER}/objections`, { multipart: { objectorName: "王\u0000建华", reason: "理由".repeat(10) } });
  expect(response.status()).toBe(400);
  // Field errors come in both languages for the form to show the page's one.
  const answer = (await response.json()) as { fieldErrors: Record<string, { zh: string; en: string }[]> };
  expect(Object.keys(answer.fieldErrors)).toEqual(["objectorName"]);
  expect(answer.fieldErrors.objectorName![0]!.zh).toContain(UNSTORABLE);
  expect(answer.fieldErrors.objectorName![0]!.en).toContain("cannot be stored");
});
