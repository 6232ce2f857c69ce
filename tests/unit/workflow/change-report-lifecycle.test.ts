import { describe, expect, it } from "vitest";
import {
  allowedChangeReportActions,
  CHANGE_REPORT_ACTIONS,
  CHANGE_REPORT_STATUSES,
  CHANGE_REPORT_TRANSITIONS,
  transitionChangeReport,
} from "@/lib/workflow/change-report-lifecycle";

describe("the change report lifecycle", () => {
  it("an official accepts a submitted report", () => {
    expect(transitionChangeReport("submitted", "accept", "official")).toEqual({ ok: true, from: "submitted", action: "accept", to: "accepted" });
  });

  it("an official refuses a submitted report only with a reason", () => {
    expect(transitionChangeReport("submitted", "refuse", "official", { reason: "营业执照与名称不符" })).toMatchObject({ ok: true, to: "refused" });
    for (const reason of [undefined, null, "", "   "]) {
      const refused = transitionChangeReport("submitted", "refuse", "official", { reason });
      expect(refused).toMatchObject({ ok: false, code: "missing-input", missing: ["reason"] });
      if (!refused.ok) {
        expect(refused.message.zh).toContain("理由");
        expect(refused.message.en).toContain("reason");
      }
    }
  });

  it("the firm withdraws a waiting report, and may neither accept nor refuse it", () => {
    expect(transitionChangeReport("submitted", "withdraw", "firm")).toMatchObject({ ok: true, to: "withdrawn" });
    expect(transitionChangeReport("submitted", "accept", "firm")).toMatchObject({ ok: false, code: "invalid-transition", allowed: ["withdraw"] });
    expect(transitionChangeReport("submitted", "refuse", "firm", { reason: "x" })).toMatchObject({ ok: false, code: "invalid-transition" });
  });

  it("an official may not withdraw a firm's report", () => {
    expect(transitionChangeReport("submitted", "withdraw", "official")).toMatchObject({ ok: false, code: "invalid-transition", allowed: ["accept", "refuse"] });
  });

  it("a decided or withdrawn report is final: a second decision is refused, naming the state", () => {
    for (const status of ["accepted", "refused", "withdrawn"] as const) {
      for (const action of CHANGE_REPORT_ACTIONS) {
        for (const party of ["firm", "official"] as const) {
          const result = transitionChangeReport(status, action, party, { reason: "again" });
          expect(result).toMatchObject({ ok: false, code: "invalid-transition", from: status, allowed: [] });
        }
      }
    }
    const again = transitionChangeReport("accepted", "accept", "official");
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.message.zh).toContain("已确认生效");
      expect(again.message.en).toContain('"Accepted"');
    }
  });

  it("lists what each party may do in each state, from the one table", () => {
    expect(allowedChangeReportActions("submitted", "official")).toEqual(["accept", "refuse"]);
    expect(allowedChangeReportActions("submitted", "firm")).toEqual(["withdraw"]);
    for (const status of CHANGE_REPORT_STATUSES.filter((s) => s !== "submitted")) {
      expect(Object.keys(CHANGE_REPORT_TRANSITIONS[status])).toEqual([]);
    }
  });
});
