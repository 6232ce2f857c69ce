import { describe, expect, it } from "vitest";
import { jurisdictionFilter, may, PERMISSIONS } from "@/lib/auth/permissions";
import type { Actor, Role } from "@/lib/auth/roles";

const actor = (role: Role, jurisdictionCode: string | null = null, companyId: string | null = null): Actor => ({
  id: `${role}-id`,
  email: `${role}@example.cn`,
  name: role,
  role,
  jurisdictionCode,
  companyId,
});

const fuzhouApplication = { companyId: "c1", cityCode: "350100", provinceCode: "350000" };
const xiamenApplication = { companyId: "c2", cityCode: "350200", provinceCode: "350000" };
const taiyuanApplication = { companyId: "c3", cityCode: "140100", provinceCode: "140000" };

describe("permissions", () => {
  it("a municipal official reads applications of their own city only", () => {
    const official = actor("municipal", "350100");
    expect(may(official, "application:read", fuzhouApplication)).toBe(true);
    expect(may(official, "application:read", xiamenApplication)).toBe(false);
    expect(may(official, "application:read", taiyuanApplication)).toBe(false);
  });

  it("a provincial official reads every city of their province and no other province", () => {
    const official = actor("provincial", "350000");
    expect(may(official, "application:read", fuzhouApplication)).toBe(true);
    expect(may(official, "application:read", xiamenApplication)).toBe(true);
    expect(may(official, "application:read", taiyuanApplication)).toBe(false);
  });

  it("the ministry reads applications nationwide", () => {
    expect(may(actor("ministry"), "application:read", taiyuanApplication)).toBe(true);
  });

  it("a company reads its own applications and no one else's", () => {
    const company = actor("company", null, "c1");
    expect(may(company, "application:read", fuzhouApplication)).toBe(true);
    expect(may(company, "application:read", xiamenApplication)).toBe(false);
  });

  it("a company has no staff permission at all", () => {
    expect(may(actor("company", null, "c1"), "application:review", fuzhouApplication)).toBe(false);
    expect(may(actor("company", null, "c1"), "queue:read")).toBe(false);
  });

  it("an official without a jurisdiction code sees nothing rather than everything", () => {
    expect(may(actor("municipal", null), "application:read", fuzhouApplication)).toBe(false);
    expect(jurisdictionFilter(actor("municipal", null), "queue:read")).toBeNull();
  });

  it("a national administrator manages every rule set; a provincial one only their province's", () => {
    expect(may(actor("administrator"), "ruleset:manage", { provinceCode: "140000" })).toBe(true);
    expect(may(actor("administrator", "350000"), "ruleset:manage", { provinceCode: "140000" })).toBe(false);
    expect(may(actor("administrator", "350000"), "ruleset:manage", { provinceCode: "350000" })).toBe(true);
  });

  it("list filters follow the same scopes", () => {
    expect(jurisdictionFilter(actor("municipal", "350100"), "queue:read")).toEqual({ cityCode: "350100" });
    expect(jurisdictionFilter(actor("provincial", "350000"), "queue:read")).toEqual({ provinceCode: "350000" });
    expect(jurisdictionFilter(actor("ministry"), "queue:read")).toEqual({});
    expect(jurisdictionFilter(actor("company", null, "c1"), "application:read")).toEqual({ companyId: "c1" });
    expect(jurisdictionFilter(actor("expert"), "queue:read")).toBeNull();
  });

  it("every role has at least one permission", () => {
    for (const role of Object.keys(PERMISSIONS) as Role[]) expect(Object.keys(PERMISSIONS[role]).length).toBeGreaterThan(0);
  });
});
