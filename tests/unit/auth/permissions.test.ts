import { describe, expect, it } from "vitest";
import { scopeFilter, may, PERMISSIONS } from "@/lib/auth/permissions";
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

  it("the ministry reads little-giant applications nationwide, and no tier 1 or 2 file", () => {
    expect(may(actor("ministry"), "application:read", { ...taiyuanApplication, tier: "little-giant" })).toBe(true);
    expect(may(actor("ministry"), "application:read", { ...taiyuanApplication, tier: "little_giant" })).toBe(true);
    expect(may(actor("ministry"), "application:read", { ...taiyuanApplication, tier: "specialized" })).toBe(false);
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
    expect(scopeFilter(actor("municipal", null), "queue:read")).toBeNull();
  });

  it("a national administrator manages every rule set; a provincial one only their province's", () => {
    expect(may(actor("administrator"), "ruleset:manage", { provinceCode: "140000" })).toBe(true);
    expect(may(actor("administrator", "350000"), "ruleset:manage", { provinceCode: "140000" })).toBe(false);
    expect(may(actor("administrator", "350000"), "ruleset:manage", { provinceCode: "350000" })).toBe(true);
  });

  it("list filters follow the same scopes", () => {
    expect(scopeFilter(actor("municipal", "350100"), "queue:read")).toEqual({ cityCode: "350100" });
    expect(scopeFilter(actor("provincial", "350000"), "queue:read")).toEqual({ provinceCode: "350000" });
    expect(scopeFilter(actor("ministry"), "queue:read")).toEqual({ tiers: ["little-giant"] });
    expect(scopeFilter(actor("company", null, "c1"), "application:read")).toEqual({ companyId: "c1" });
    expect(scopeFilter(actor("expert"), "queue:read")).toBeNull();
  });

  it("every role has at least one permission", () => {
    for (const role of Object.keys(PERMISSIONS) as Role[]) expect(Object.keys(PERMISSIONS[role]).length).toBeGreaterThan(0);
  });

  describe("tier authority (rules.md, tier table)", () => {
    const province = actor("provincial", "350000");
    const ministry = actor("ministry");
    const cases: [string, Actor, Parameters<typeof may>[1], "innovative" | "specialized" | "little_giant", boolean][] = [
      ["the province manages its tier 1 batches", province, "batch:manage", "innovative", true],
      ["the province manages its tier 2 batches", province, "batch:manage", "specialized", true],
      ["the province does not manage little-giant batches", province, "batch:manage", "little_giant", false],
      ["the ministry manages little-giant batches", ministry, "batch:manage", "little_giant", true],
      ["the ministry does not manage a province's tier 2 batch", ministry, "batch:manage", "specialized", false],
      ["the province cancels its tier 2 titles", province, "recognition:cancel", "specialized", true],
      ["the province does not cancel a little giant itself", province, "recognition:cancel", "little_giant", false],
      ["the province proposes cancelling a little giant", province, "recognition:propose-cancellation", "little_giant", true],
      ["the province has nothing to propose for its own tiers", province, "recognition:propose-cancellation", "innovative", false],
      ["the ministry cancels a little giant", ministry, "recognition:cancel", "little_giant", true],
      ["the ministry does not cancel a tier 1 title", ministry, "recognition:cancel", "innovative", false],
      ["the province clears annual-data flags of every tier", province, "recognition:clear-flag", "little_giant", true],
      ["the ministry clears flags of little giants only", ministry, "recognition:clear-flag", "specialized", false],
      ["the ministry decides little giants", ministry, "application:review", "little_giant", true],
      ["the ministry does not decide tier 2 files", ministry, "application:review", "specialized", false],
    ];
    it.each(cases)("%s", (_rule, who, permission, tier, expected) => {
      expect(may(who, permission, { companyId: "c1", cityCode: "350100", provinceCode: "350000", tier })).toBe(expected);
    });

    it("another province's batch is out of reach whatever its tier", () => {
      expect(may(province, "batch:manage", { provinceCode: "140000", tier: "innovative" })).toBe(false);
    });
  });

  it("only the national administrator edits the holiday calendar and runs the jobs", () => {
    expect(may(actor("administrator"), "calendar:edit")).toBe(true);
    expect(may(actor("administrator", "350000"), "calendar:edit")).toBe(false);
    expect(may(actor("administrator", "350000"), "jobs:run")).toBe(false);
    expect(scopeFilter(actor("administrator", "350000"), "calendar:edit")).toBeNull();
  });
});

describe("account:manage", () => {
  const account = (role: Role, jurisdictionCode: string | null) => ({
    provinceCode: jurisdictionCode ? `${jurisdictionCode.slice(0, 2)}0000` : null,
    account: { role, jurisdictionCode },
  });
  const cases: [string, Actor, ReturnType<typeof account>, boolean][] = [
    ["national: a ministry official", actor("administrator"), account("ministry", null), true],
    ["national: a national expert", actor("administrator"), account("expert", null), true],
    ["national: a province's administrator", actor("administrator"), account("administrator", "350000"), true],
    ["national: not another national administrator", actor("administrator"), account("administrator", null), false],
    ["national: not a province's officials", actor("administrator"), account("municipal", "350100"), false],
    ["national: not a company", actor("administrator"), account("company", null), false],
    ["Fujian: its provincial officials", actor("administrator", "350000"), account("provincial", "350000"), true],
    ["Fujian: a Fuzhou official", actor("administrator", "350000"), account("municipal", "350100"), true],
    ["Fujian: its experts", actor("administrator", "350000"), account("expert", "350000"), true],
    ["Fujian: not a national expert", actor("administrator", "350000"), account("expert", null), false],
    ["Fujian: not a Taiyuan official", actor("administrator", "350000"), account("municipal", "140100"), false],
    ["Fujian: not Shanxi's provincial officials", actor("administrator", "350000"), account("provincial", "140000"), false],
    ["Fujian: not a municipal account placed on the province", actor("administrator", "350000"), account("municipal", "350000"), false],
    ["Fujian: not its fellow administrators", actor("administrator", "350000"), account("administrator", "350000"), false],
    ["an official: no one", actor("provincial", "350000"), account("municipal", "350100"), false],
  ];
  it.each(cases)("%s", (_label, who, record, expected) => {
    expect(may(who, "account:manage", record)).toBe(expected);
  });
});

describe("company-user:manage", () => {
  const member = actor("company", null, "c1");
  it("is the firm's administrator's alone; every user of the firm reads the list", () => {
    expect(may(member, "company-user:manage", { companyId: "c1", administratorId: member.id })).toBe(true);
    expect(may(member, "company-user:manage", { companyId: "c1", administratorId: "someone-else" })).toBe(false);
    expect(may(member, "company-user:manage", { companyId: "c1", administratorId: null })).toBe(false);
    expect(may(member, "company-user:read", { companyId: "c1" })).toBe(true);
  });
  it("never reaches another firm, even for the one named its administrator", () => {
    expect(may(member, "company-user:manage", { companyId: "c2", administratorId: member.id })).toBe(false);
    expect(may(member, "company-user:read", { companyId: "c2" })).toBe(false);
  });
  it("gives no list filter: who may manage is a fact of the firm's rows", () => {
    expect(scopeFilter(member, "company-user:manage")).toBeNull();
    expect(scopeFilter(member, "company-user:read")).toEqual({ companyId: "c1" });
  });
});
