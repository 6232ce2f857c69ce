import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/eligibility/[programmeCode]/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import type { ApiError, EligibilityResponse } from "@/lib/api/eligibility-contract";
import { createRandom } from "@/lib/demo/random";
import { demoFacts } from "@/lib/seed/demo-facts";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createProgramme, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let programmeCode: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  programmeCode = (await createProgramme(db, "specialized")).code;
});
afterAll(async () => db.destroy());

function post(code: string, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = { "content-type": "application/json" }) {
  // duplex "half" lets a stream be sent as a body with no declared length (chunked).
  const request = new Request(`http://localhost/api/v1/eligibility/${code}`, { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return POST(request, { params: Promise.resolve({ programmeCode: code }) });
}

describe("POST /api/v1/eligibility/{programmeCode}", () => {
  it("answers the evaluation with the code, revision and version of the rule set in force", async () => {
    const facts = demoFacts(createRandom(3), 2026, "strong");
    const response = await post(programmeCode, JSON.stringify(facts));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as EligibilityResponse;
    expect(body.programme).toMatchObject({ code: programmeCode, tier: "specialized", year: 2026 });
    expect(body.ruleSet).toEqual({ code: "specialized-2026", revision: 1, version: "2026", effectiveFrom: "2026-04-01" });
    expect(body.evaluation.ruleSet.code).toBe("specialized-2026");
    expect(["eligible", "not-eligible", "incomplete"]).toContain(body.evaluation.outcome);
    expect(body.evaluation.requirements.length + body.evaluation.prerequisites.length).toBeGreaterThan(0);
  });

  it("evaluates an empty body as incomplete and lists what is missing", async () => {
    const body = (await (await post(programmeCode, "{}")).json()) as EligibilityResponse;
    expect(body.evaluation.outcome).toBe("incomplete");
    expect(body.evaluation.missing).toContain("compliance.independentLegalPerson");
  });

  it("answers 404 for a programme that does not exist, and for a code that cannot be one", async () => {
    for (const code of ["no-such-programme", "DROP TABLE", "x".repeat(200)]) {
      const response = await post(code, "{}");
      expect(response.status).toBe(404);
      expect(((await response.json()) as ApiError).error.code).toBe("not-found");
    }
  });

  it("answers 400 naming every invalid field with its path and message", async () => {
    const response = await post(
      programmeCode,
      JSON.stringify({
        financials: { "2025": { revenue: -1, rdStaff: 10, employees: 5 } },
        market: { nationalRank: 0 },
        compliance: { smeSize: "huge" },
        revenu: 5,
      }),
    );
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ApiError;
    expect(error.code).toBe("invalid-facts");
    expect(error.message.zh.length).toBeGreaterThan(0);
    const paths = error.issues!.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["financials.2025.revenue", "market.nationalRank", "compliance.smeSize", ""]));
    const revenue = error.issues!.find((i) => i.path === "financials.2025.revenue")!;
    expect(revenue.message).toBe("Amounts cannot be negative");
    expect(revenue.messageZh).toBe("金额不能为负数");
    // The unknown key is named in the message of the body-level issue.
    expect(error.issues!.find((i) => i.path === "")!.message).toContain("revenu");
  });

  it("answers 400 for a body that is not JSON, or not an object of facts", async () => {
    const notJson = await post(programmeCode, "revenue=5", { "content-type": "application/x-www-form-urlencoded" });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as ApiError).error.code).toBe("invalid-json");
    const array = await post(programmeCode, "[1,2]");
    expect(array.status).toBe(400);
    expect(((await array.json()) as ApiError).error.code).toBe("invalid-facts");
  });

  it("answers 413 for a body over 256 KB, whether or not it declares its length", async () => {
    const big = JSON.stringify({ regional: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])) });
    expect(big.length).toBeGreaterThan(256 * 1024);
    const declared = await post(programmeCode, big, { "content-type": "application/json", "content-length": String(big.length) });
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 16_384) controller.enqueue(bytes.slice(i, i + 16_384));
        controller.close();
      },
    });
    const streamed = await post(programmeCode, chunked, { "content-type": "application/json" });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as ApiError).error.code).toBe("payload-too-large");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the eligibility endpoint with schemas generated from the facts and result types", async () => {
    const response = openApi();
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, { post?: { responses: Record<string, unknown>; requestBody: unknown } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toMatch(/^3\.1\./);
    const post = doc.paths["/api/v1/eligibility/{programmeCode}"]?.post;
    expect(Object.keys(post!.responses)).toEqual(expect.arrayContaining(["200", "400", "404", "413"]));
    expect(Object.keys(doc.components.schemas.Facts!.properties!)).toEqual(expect.arrayContaining(["compliance", "financials", "ip", "market"]));
    expect(Object.keys(doc.components.schemas.EvaluationResult!.properties!)).toEqual(
      expect.arrayContaining(["outcome", "route", "score", "missing", "requirements"]),
    );
  });
});
