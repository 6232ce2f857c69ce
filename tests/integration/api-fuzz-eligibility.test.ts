import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPTIONS, POST } from "@/app/api/v1/eligibility/[programmeCode]/route";
import type { ApiError } from "@/lib/api/eligibility-contract";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { nastyString, nastyValue, NASTY_STRINGS } from "../unit/support/hostile-inputs";
import { damagedFacts, plausibleFacts } from "../unit/rules/support/plausible-facts";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createProgramme, seedRegions } from "./support/fixtures";
import { rowCounts } from "./support/row-counts";

/**
 * POST /api/v1/eligibility/{programme} with random and hostile bodies and programme codes: the
 * answer is always a documented status with a JSON body (an evaluation, or an error with a code
 * and a message in both languages), never a 5xx, and nothing is ever written.
 */
let db: FreshDatabase;
let programmeCode: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  programmeCode = (await createProgramme(db, "specialized")).code;
});
afterAll(async () => db.destroy());

const ERROR_STATUS: Record<ApiError["error"]["code"], number> = {
  "invalid-json": 400,
  "invalid-facts": 400,
  "payload-too-large": 413,
  "not-found": 404,
  "rule-set-unavailable": 409,
};

const malformed = fc.oneof(
  fc.constantFrom("", "{", "{'revenue': 1}", '{"financials":', "\ufeff{}", "NaN", "[1,2,", '{"a":1}}', "null", "undefined", '{"__proto__":{"polluted":1}}'),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
);
const body = fc.oneof(
  plausibleFacts.map((v) => JSON.stringify(v)),
  damagedFacts.map((v) => JSON.stringify(v)),
  nastyValue.map((v) => JSON.stringify(v) ?? "null"),
  malformed,
);
const code = fc.oneof({ weight: 4, arbitrary: fc.constant<string | null>(null) }, { weight: 1, arbitrary: nastyString });
const contentType = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "");

async function call(programme: string, payload: BodyInit, type: string) {
  const headers = type ? { "content-type": type } : undefined;
  // A URL cannot carry a lone surrogate (encodeURIComponent throws), so the URL gets its
  // well-formed form while the handler is still given the raw code as its parameter.
  const request = new Request(`http://localhost/api/v1/eligibility/${encodeURIComponent(programme.toWellFormed())}`, {
    method: "POST",
    body: payload,
    headers,
  });
  return POST(request, { params: Promise.resolve({ programmeCode: programme }) });
}

async function expectDocumentedAnswer(response: Response) {
  expect(response.status).toBeLessThan(500);
  const answer = (await response.json()) as ApiError | { evaluation: { outcome: string } };
  if (response.status === 200) {
    expect(["eligible", "not-eligible", "incomplete"]).toContain((answer as { evaluation: { outcome: string } }).evaluation.outcome);
    return;
  }
  const { error } = answer as ApiError;
  expect(ERROR_STATUS[error.code]).toBe(response.status);
  expect(error.message.zh.length).toBeGreaterThan(0);
  expect(error.message.en.length).toBeGreaterThan(0);
  if (error.code === "invalid-facts") expect(error.issues!.length).toBeGreaterThan(0);
}

describe("POST /api/v1/eligibility/{programme} on random input", () => {
  it("answers every body and programme code with a documented status and JSON, and writes nothing", async () => {
    const before = await rowCounts(db);
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(body, code, contentType, async (payload, programme, type) => {
        const response = await call(programme ?? programmeCode, payload, type);
        statuses.add(response.status);
        await expectDocumentedAnswer(response);
      }),
      { numRuns: 150 },
    );
    // The run reached the engine as well as the refusals; otherwise it proved little.
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400]));
    expect(await rowCounts(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers oversized, binary and invalid UTF-8 bodies with 413 or 400, not a crash", async () => {
    const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    const huge = JSON.stringify({ regional: { x: "a".repeat(300 * 1024) } });
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const answers = [
      await call(programmeCode, invalidUtf8, "application/json"),
      await call(programmeCode, huge, "application/json"),
      await call(programmeCode, deep, "application/json"),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 413, 400]);
    for (const response of answers) await expectDocumentedAnswer(response);
  });

  it("names each hostile string put where a number or a choice belongs", async () => {
    for (const value of NASTY_STRINGS) {
      const response = await call(
        programmeCode,
        JSON.stringify({ compliance: { smeSize: value }, financials: { "2025": { revenue: value } } }),
        "application/json",
      );
      expect(response.status).toBe(400);
      const paths = ((await response.json()) as ApiError).error.issues!.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(["compliance.smeSize", "financials.2025.revenue"]));
    }
  });

  it("answers the CORS preflight with no body", () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
});
