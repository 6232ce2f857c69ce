import { describe, expect, it } from "vitest";
import {
  APPLICATION_GUARD_MESSAGES,
  NO_REVIEW_FINDINGS,
  REVIEW_LEVELS,
  TIERS,
  allowedApplicationActions,
  applicationGates,
  transitionApplication,
  type ApplicationContext,
} from "@/lib/workflow/application-lifecycle";

const context = (overrides: Partial<ApplicationContext> = {}): ApplicationContext => ({
  tier: "little-giant",
  returnedByLevel: null,
  ...NO_REVIEW_FINDINGS,
  ...overrides,
});
const experts = (assigned: number, submitted: number) => context({ expertReviews: { assigned, submitted } });

describe("hard rule: MIIT approves a little giant only once every assigned expert has reported", () => {
  it.each([
    ["no expert assigned", 0, 0, true],
    ["none of three reported", 3, 0, false],
    ["two of three reported (just below)", 3, 2, false],
    ["all three reported (at)", 3, 3, true],
    ["one of one reported", 1, 1, true],
  ] as const)("%s: approval %s", (_rule, assigned, submitted, allowed) => {
    const result = transitionApplication("ministry_review", "approve", experts(assigned, submitted));
    expect(result.ok).toBe(allowed);
    if (!allowed) {
      expect(result).toMatchObject({ ok: false, code: "guard-failed", failed: ["expert-reviews-outstanding"], allowed: ["return", "reject", "withdraw"] });
    }
    expect(allowedApplicationActions("ministry_review", experts(assigned, submitted), "ministry").includes("approve")).toBe(allowed);
  });

  it("the refusal names the rule in Chinese and English", () => {
    const result = transitionApplication("ministry_review", "approve", experts(3, 1));
    if (result.ok) throw new Error("expected a refusal");
    expect(result.message.zh).toContain(APPLICATION_GUARD_MESSAGES["expert-reviews-outstanding"].zh);
    expect(result.message.en).toContain(APPLICATION_GUARD_MESSAGES["expert-reviews-outstanding"].en);
    expect(result.message.en).toContain('"Approve" is not possible yet');
  });

  it.each(["return", "reject"] as const)("MIIT may still %s while experts are outstanding", (action) => {
    expect(transitionApplication("ministry_review", action, experts(3, 0)).ok).toBe(true);
  });

  it.each(["municipal_review", "provincial_review"] as const)("outstanding experts do not hold up approval at %s", (status) => {
    expect(transitionApplication(status, "approve", experts(3, 0)).ok).toBe(true);
  });
});

describe("override: approving a file the rules judged not eligible needs a reason, at every level", () => {
  const approvals = REVIEW_LEVELS.flatMap((level) =>
    TIERS.filter((tier) => level !== "ministry" || tier === "little-giant").map((tier) => [level, tier] as const),
  );

  it.each(approvals)("at the %s level (%s): not eligible → an override requiring a reason", (level, tier) => {
    const result = transitionApplication(`${level}_review`, "approve", context({ tier, judgedEligible: false }));
    expect(result).toMatchObject({ ok: true, overrides: ["judged-not-eligible"], requires: ["reason"] });
  });

  it.each([
    ["judged eligible", true],
    ["not judged (incomplete or no stored evaluation)", null],
  ] as const)("%s: approving is no override and needs nothing", (_rule, judgedEligible) => {
    for (const level of REVIEW_LEVELS) {
      expect(transitionApplication(`${level}_review`, "approve", context({ judgedEligible }))).toMatchObject({ ok: true, overrides: [], requires: [] });
    }
  });

  it.each(["return", "reject"] as const)("%s of a not-eligible file is no override and keeps its own requirements", (action) => {
    const result = transitionApplication("municipal_review", action, context({ judgedEligible: false }));
    expect(result).toMatchObject({ ok: true, overrides: [] });
    expect(result.ok && result.requires).toEqual(action === "return" ? ["reason", "sections"] : ["reason"]);
  });

  it("a hard rule and an override together: the hard rule refuses first", () => {
    const result = transitionApplication("ministry_review", "approve", context({ expertReviews: { assigned: 2, submitted: 1 }, judgedEligible: false }));
    expect(result).toMatchObject({ ok: false, code: "guard-failed" });
  });
});

describe("applicationGates tells a page what stands in the way, for the role that acts", () => {
  it.each([
    ["nothing in the way", "ministry_review", "ministry", context(), []],
    [
      "experts outstanding, to MIIT",
      "ministry_review",
      "ministry",
      experts(3, 1),
      [{ action: "approve", failed: ["expert-reviews-outstanding"], overrides: [], requires: [] }],
    ],
    [
      "not eligible, to the city",
      "municipal_review",
      "municipal",
      context({ judgedEligible: false }),
      [{ action: "approve", failed: [], overrides: ["judged-not-eligible"], requires: ["reason"] }],
    ],
    ["not eligible, to another role (which cannot approve here)", "municipal_review", "provincial", context({ judgedEligible: false }), []],
    [
      "both, to MIIT",
      "ministry_review",
      "ministry",
      context({ expertReviews: { assigned: 1, submitted: 0 }, judgedEligible: false }),
      [{ action: "approve", failed: ["expert-reviews-outstanding"], overrides: ["judged-not-eligible"], requires: ["reason"] }],
    ],
  ] as const)("%s", (_rule, status, role, ctx, gates) => {
    expect(applicationGates(status, ctx, role)).toEqual(gates);
  });
});
