import { describe, expect, it } from "vitest";
import { PERMISSIONS, rolesWith, type PermissionTable } from "@/lib/auth/permissions";
import { actionGatesInCode, expectedGateAnswer } from "../../e2e/support/action-access";

const provincial = { role: "provincial" as const, jurisdictionCode: "350000" };

describe("the authorization suite's expectations come from the permission table", () => {
  it("reads every action's permission from its definition", () => {
    const gates = actionGatesInCode();
    expect(gates["lib/actions/batches/announce-batch.ts#announceBatchAction"]).toBe("batch:manage");
    expect(gates["lib/actions/calendar/set-calendar-day.ts#setCalendarDayAction"]).toBe("calendar:edit");
    expect(gates["lib/i18n/set-locale.ts#setLocale"]).toBe("public");
    expect(Object.keys(gates).length).toBeGreaterThan(30);
  });

  it("changing one entry of the table changes what the suite expects", () => {
    expect(expectedGateAnswer("batch:manage", provincial)).toBe(400);
    const { "batch:manage": _removed, ...rest } = PERMISSIONS.provincial;
    const changed: PermissionTable = { ...PERMISSIONS, provincial: rest };
    expect(expectedGateAnswer("batch:manage", provincial, changed)).toBe(403);
    expect(rolesWith("batch:manage", changed)).toEqual(["ministry"]);
  });

  it("a provincial administrator is refused at the gate of what only a national office may do", () => {
    expect(expectedGateAnswer("calendar:edit", { role: "administrator", jurisdictionCode: null })).toBe(400);
    expect(expectedGateAnswer("calendar:edit", { role: "administrator", jurisdictionCode: "350000" })).toBe(403);
  });

  it("the change report and company profile actions are gated by their own permissions", () => {
    const gates = actionGatesInCode();
    expect(gates["lib/actions/change-reports/submit-change-report.ts#submitChangeReportAction"]).toBe("change-report:submit");
    expect(gates["lib/actions/change-reports/withdraw-change-report.ts#withdrawChangeReportAction"]).toBe("change-report:submit");
    expect(gates["lib/actions/change-reports/decide-change-report.ts#decideChangeReportAction"]).toBe("change-report:decide");
    expect(gates["lib/actions/company-profile/update-company-profile.ts#updateCompanyProfileAction"]).toBe("company-profile:edit");
    expect(expectedGateAnswer("change-report:decide", { role: "municipal", jurisdictionCode: "350100" })).toBe(400);
    expect(expectedGateAnswer("change-report:decide", provincial)).toBe(400);
    expect(expectedGateAnswer("change-report:decide", { role: "company", jurisdictionCode: null })).toBe(403);
    expect(expectedGateAnswer("change-report:decide", { role: "ministry", jurisdictionCode: null })).toBe(403);
    expect(expectedGateAnswer("company-profile:edit", { role: "municipal", jurisdictionCode: "350100" })).toBe(403);
  });

  it("the call actions are gated by call:manage, which every administrator holds and no one else", () => {
    const gates = actionGatesInCode();
    for (const key of [
      "lib/actions/calls/create-call.ts#createCallAction",
      "lib/actions/calls/edit-call.ts#editCallAction",
      "lib/actions/calls/open-call-early.ts#openCallEarlyAction",
      "lib/actions/calls/extend-call.ts#extendCallAction",
      "lib/actions/calls/close-call.ts#closeCallAction",
    ]) {
      expect(gates[key]).toBe("call:manage");
    }
    expect(expectedGateAnswer("call:manage", { role: "administrator", jurisdictionCode: null })).toBe(400);
    expect(expectedGateAnswer("call:manage", { role: "administrator", jurisdictionCode: "350000" })).toBe(400);
    expect(expectedGateAnswer("call:manage", provincial)).toBe(403);
    expect(expectedGateAnswer("call:manage", { role: "ministry", jurisdictionCode: null })).toBe(403);
  });

  it("no session is 401 for every guarded action", () => {
    expect(expectedGateAnswer("signed-in", null)).toBe(401);
    expect(expectedGateAnswer("application:edit", null)).toBe(401);
  });
});
