import { describe, expect, it } from "vitest";
import { may, scopeFilter } from "@/lib/auth/permissions";
import type { Actor, Role } from "@/lib/auth/roles";

const actor = (role: Role, jurisdictionCode: string | null = null): Actor => ({
  id: `${role}-id`,
  email: `${role}@example.cn`,
  name: role,
  role,
  jurisdictionCode,
  companyId: null,
});

const national = actor("administrator");
const fujian = actor("administrator", "350000");
const call = (provinceCode: string | null, tier: "innovative" | "specialized" | "little-giant" | "little_giant") => ({ provinceCode, tier });

describe("call:manage, scope own-level with province tiers", () => {
  it("the national administrator manages national calls of every tier, and no province's", () => {
    expect(may(national, "call:manage", call(null, "little-giant"))).toBe(true);
    expect(may(national, "call:manage", call(null, "little_giant"))).toBe(true);
    expect(may(national, "call:manage", call(null, "innovative"))).toBe(true);
    expect(may(national, "call:manage", call("350000", "innovative"))).toBe(false);
  });

  it("a provincial administrator manages their own province's tier 1 and 2 calls only", () => {
    expect(may(fujian, "call:manage", call("350000", "innovative"))).toBe(true);
    expect(may(fujian, "call:manage", call("350000", "specialized"))).toBe(true);
    expect(may(fujian, "call:manage", call("350000", "little-giant"))).toBe(false);
    expect(may(fujian, "call:manage", call("140000", "innovative"))).toBe(false);
    expect(may(fujian, "call:manage", call(null, "little-giant"))).toBe(false);
    expect(may(fujian, "call:manage", call(null, "innovative"))).toBe(false);
  });

  it("a record that names no province at all is in nobody's reach", () => {
    expect(may(national, "call:manage", { tier: "innovative" })).toBe(false);
  });

  it("no other role holds it", () => {
    for (const role of ["company", "municipal", "provincial", "ministry", "expert"] as const) expect(may(actor(role, "350000"), "call:manage")).toBe(false);
  });

  it("the list filter says the same: national calls for the national office, the province's tier 1 and 2 for a province", () => {
    expect(scopeFilter(national, "call:manage")).toEqual({ provinceCode: null });
    expect(scopeFilter(fujian, "call:manage")).toEqual({ provinceCode: "350000", tiers: ["innovative", "specialized"] });
  });

  it("grants with tiers for everyone keep working as before", () => {
    expect(scopeFilter(actor("provincial", "350000"), "batch:manage")).toEqual({ provinceCode: "350000", tiers: ["innovative", "specialized"] });
    expect(may(actor("ministry"), "batch:manage", { provinceCode: null, tier: "innovative" })).toBe(false);
  });
});
