import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/eligibility/[programmeCode]/route";
import type { EligibilityResponse } from "@/lib/api/eligibility-contract";
import { dateOf } from "@/lib/calendar/today";
import { createRandom } from "@/lib/demo/random";
import { demoFacts } from "@/lib/seed/demo-facts";
import { demoProgrammes } from "@/lib/seed/demo-programmes";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let ids: Map<string, string>;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  ids = await seedRuleSets(db.prisma);
});
afterAll(async () => db.destroy());

const post = (code: string, body: string) =>
  POST(new Request(`http://localhost/api/v1/eligibility/${code}`, { method: "POST", body, headers: { "content-type": "application/json" } }), {
    params: Promise.resolve({ programmeCode: code }),
  });

describe("Shanxi's 2019 provincial list is a real call under its own rule set", () => {
  it("the demo's calls include it, and the eligibility API judges by the Shanxi 2019 rules instead of answering 404", async () => {
    const shanxi = demoProgrammes().find((p) => p.ruleSetCode === "shanxi-specialized-2019");
    expect(shanxi).toMatchObject({ code: "specialized-140000-2019", tier: "specialized", year: 2019, regionCode: "140000" });
    expect((await post(shanxi!.code, "{}")).status).toBe(404);
    // The row as the seed writes it (lib/seed/seed-demo.ts, seedProgrammes).
    await db.prisma.programme.create({
      data: {
        code: shanxi!.code,
        tier: shanxi!.tier,
        year: shanxi!.year,
        regionCode: shanxi!.regionCode,
        nameZh: shanxi!.nameZh,
        nameEn: shanxi!.nameEn,
        ruleSetCode: shanxi!.ruleSetCode,
        ruleSetId: ids.get(shanxi!.ruleSetCode) ?? null,
        opensOn: dateOf(shanxi!.opensOn),
        closesOn: dateOf(shanxi!.closesOn),
        annualDataDeadline: shanxi!.annualDataDeadline,
      },
    });
    const response = await post(shanxi!.code, JSON.stringify(demoFacts(createRandom(5), 2019, "strong")));
    expect(response.status).toBe(200);
    const body = (await response.json()) as EligibilityResponse;
    expect(body.programme).toMatchObject({ code: "specialized-140000-2019", region: "140000", year: 2019 });
    expect(body.ruleSet).toMatchObject({ code: "shanxi-specialized-2019", version: "shanxi-2019" });
    expect(body.evaluation.ruleSet.code).toBe("shanxi-specialized-2019");
  });
});
