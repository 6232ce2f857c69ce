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

  it("no session is 401 for every guarded action", () => {
    expect(expectedGateAnswer("signed-in", null)).toBe(401);
    expect(expectedGateAnswer("application:edit", null)).toBe(401);
  });
});
