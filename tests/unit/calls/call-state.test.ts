import { describe, expect, it } from "vitest";
import { CALL_TRANSITIONS, callState, editRefusals, mayEditField, mayOperate } from "@/lib/domain/calls/call-state";
import { byRelevance, nextTier } from "@/lib/domain/calls/call-relevance";

const window = { opensOn: "2027-01-04", closesOn: "2027-03-31" };

describe("a call's state follows its window and the Beijing date", () => {
  it.each([
    ["2027-01-03", "scheduled"],
    ["2027-01-04", "open"],
    ["2027-03-31", "open"],
    ["2027-04-01", "closed"],
  ])("on %s it is %s", (today, state) => expect(callState(window, today)).toBe(state));
});

describe("what each state allows", () => {
  it("a scheduled call is edited or opened early, never extended or closed", () => {
    expect(mayOperate("scheduled", "open-early")).toBe(true);
    expect(mayOperate("scheduled", "extend")).toBe(false);
    expect(mayOperate("scheduled", "close")).toBe(false);
  });
  it("an open call is extended or closed, not opened early", () => {
    expect(mayOperate("open", "extend")).toBe(true);
    expect(mayOperate("open", "close")).toBe(true);
    expect(mayOperate("open", "open-early")).toBe(false);
  });
  it("a closed call's window no longer moves", () => expect(CALL_TRANSITIONS.closed).toEqual(["edit"]));

  it("before opening every field may change; once open only names and processing days", () => {
    expect(mayEditField("scheduled", "opensOn")).toBe(true);
    expect(mayEditField("open", "opensOn")).toBe(false);
    expect(mayEditField("open", "noticeWorkingDays")).toBe(false);
    expect(mayEditField("open", "nameEn")).toBe(true);
    expect(mayEditField("closed", "municipalReviewDays")).toBe(true);
  });

  it("a call with applications keeps its tier and rule set, whatever its state", () => {
    expect(editRefusals("scheduled", true, ["ruleSetId", "tier", "nameZh"])).toEqual([
      { field: "ruleSetId", issue: "lockedWithApplications" },
      { field: "tier", issue: "lockedWithApplications" },
    ]);
    expect(editRefusals("scheduled", false, ["ruleSetId", "tier"])).toEqual([]);
    expect(editRefusals("open", false, ["closesOn"])).toEqual([{ field: "closesOn", issue: "lockedOnceOpen" }]);
  });
});

describe("open calls in the order that matters to a firm", () => {
  it("the next tier is the lowest not held", () => {
    expect(nextTier([])).toBe("innovative");
    expect(nextTier(["innovative"])).toBe("specialized");
    expect(nextTier(["innovative", "specialized", "little-giant"])).toBeNull();
  });

  it("offered first, then its own province, then the tier it may seek next, then closing soonest", () => {
    const calls = [
      { id: "national-lg", tier: "little-giant", regionCode: null, closesOn: "2027-03-01", offered: true },
      { id: "fj-innovative-held", tier: "innovative", regionCode: "350000", closesOn: "2027-01-01", offered: false },
      { id: "fj-specialized", tier: "specialized", regionCode: "350000", closesOn: "2027-05-01", offered: true },
      { id: "national-innovative", tier: "innovative", regionCode: null, closesOn: "2027-02-01", offered: true },
      { id: "fj-specialized-sooner", tier: "specialized", regionCode: "350000", closesOn: "2027-04-01", offered: true },
    ] as const;
    const sorted = byRelevance(calls, (c) => c, { provinceCode: "350000", heldValid: ["innovative"] });
    expect(sorted.map((c) => c.id)).toEqual(["fj-specialized-sooner", "fj-specialized", "national-innovative", "national-lg", "fj-innovative-held"]);
  });
});
