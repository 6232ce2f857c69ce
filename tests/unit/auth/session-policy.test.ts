import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DEFAULT_SESSION_POLICY, sessionPolicyFromEnv, sessionVerdict, type SessionState } from "@/lib/auth/session-policy";

const signedIn = new Date("2026-12-03T08:00:00Z");
const at = (minutes: number) => new Date(signedIn.getTime() + minutes * 60_000);
const official: Pick<Actor, "role" | "jurisdictionCode" | "companyId"> = { role: "municipal", jurisdictionCode: "350100", companyId: null };
const company: Pick<Actor, "role" | "jurisdictionCode" | "companyId"> = {
  role: "company",
  jurisdictionCode: null,
  companyId: "c0000000-0000-4000-8000-000000000001",
};
function state(over: Partial<SessionState> = {}, account: Partial<SessionState["account"]> = {}, who = official): SessionState {
  return {
    createdAt: signedIn,
    lastSeenAt: signedIn,
    endedAt: null,
    sessionVersion: 3,
    account: { ...who, sessionVersion: 3, disabledAt: null, ...account },
    ...over,
  };
}
const policy = DEFAULT_SESSION_POLICY;

describe("a session is over", () => {
  it("when there is no such session", () => expect(sessionVerdict(null, official, at(1), policy)).toMatchObject({ live: false, reason: "unknown" }));
  it("once ended (signed out), without writing it again", () =>
    expect(sessionVerdict(state({ endedAt: at(1) }), official, at(2), policy)).toEqual({ live: false, reason: "ended", record: false }));
  it("when the account's session version has moved on (password change, revoked by an administrator)", () =>
    expect(sessionVerdict(state({}, { sessionVersion: 4 }), official, at(1), policy)).toEqual({ live: false, reason: "revoked", record: true }));
  it("when the account is disabled", () =>
    expect(sessionVerdict(state({}, { disabledAt: at(0) }), official, at(1), policy)).toMatchObject({ live: false, reason: "disabled" }));
  it("when the role or jurisdiction differs from the one signed in with", () => {
    expect(sessionVerdict(state({}, { role: "provincial" }), official, at(1), policy)).toMatchObject({ live: false, reason: "account-changed" });
    expect(sessionVerdict(state({}, { jurisdictionCode: "350200" }), official, at(1), policy)).toMatchObject({ live: false, reason: "account-changed" });
  });
});

describe("idle timeout: 30 minutes for officials, 120 for company users, by default", () => {
  it("an official idle 29 minutes is still signed in; at 30 not", () => {
    expect(sessionVerdict(state(), official, at(29.99), policy)).toMatchObject({ live: true });
    expect(sessionVerdict(state(), official, at(30), policy)).toMatchObject({ live: false, reason: "idle" });
  });
  it("a company user idle 119 minutes is still signed in; at 120 not", () => {
    expect(sessionVerdict(state({}, {}, company), company, at(119), policy)).toMatchObject({ live: true });
    expect(sessionVerdict(state({}, {}, company), company, at(120), policy)).toMatchObject({ live: false, reason: "idle" });
  });
  it("activity moves the idle clock; lastSeenAt is written at most once a minute", () => {
    expect(sessionVerdict(state({ lastSeenAt: at(100) }), official, at(100.5), policy)).toEqual({ live: true, touch: false, enrolTwoFactor: false });
    expect(sessionVerdict(state({ lastSeenAt: at(100) }), official, at(101), policy)).toEqual({ live: true, touch: true, enrolTwoFactor: false });
    expect(sessionVerdict({ ...state({ lastSeenAt: at(100) }), enrolmentPending: true }, official, at(101), policy)).toMatchObject({
      live: true,
      enrolTwoFactor: true,
    });
  });
});

describe("absolute lifetime: 12 hours from sign-in, however active", () => {
  it("just below, at and above", () => {
    expect(sessionVerdict(state({ lastSeenAt: at(12 * 60 - 2) }), official, at(12 * 60 - 1), policy)).toMatchObject({ live: true });
    expect(sessionVerdict(state({ lastSeenAt: at(12 * 60 - 1) }), official, at(12 * 60), policy)).toMatchObject({ live: false, reason: "expired" });
    expect(sessionVerdict(state({ lastSeenAt: at(12 * 60) }), official, at(12 * 60 + 1), policy)).toMatchObject({ live: false, reason: "expired" });
  });
});

describe("configuration", () => {
  it("reads the three settings, and refuses nonsense", () => {
    expect(sessionPolicyFromEnv({ SESSION_IDLE_MINUTES: "15", SESSION_IDLE_MINUTES_COMPANY: "240", SESSION_MAX_HOURS: "10" })).toEqual({
      idleMinutes: { staff: 15, company: 240 },
      maxHours: 10,
    });
    expect(sessionPolicyFromEnv({})).toEqual(DEFAULT_SESSION_POLICY);
    expect(() => sessionPolicyFromEnv({ SESSION_MAX_HOURS: "0" })).toThrow(/SESSION_MAX_HOURS/);
    expect(() => sessionPolicyFromEnv({ SESSION_IDLE_MINUTES: "soon" })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});
