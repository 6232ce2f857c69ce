import { describe, expect, it } from "vitest";
import { absoluteLink, outboxConfig, retryDelaySeconds } from "@/lib/outbox/outbox-config";
import { isEssentialKind } from "@/lib/domain/notifications/notification-topics";

describe("retries wait twice as long each time, up to a cap", () => {
  const config = { retryBaseSeconds: 30, retryMaxSeconds: 3_600 };
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [7, 1_920],
    [8, 3_600],
    [40, 3_600],
  ])("after failure %i the next attempt waits %i s", (failures, seconds) => {
    expect(retryDelaySeconds(failures, config)).toBe(seconds);
  });
});

describe("outbox settings", () => {
  it("defaults: 8 attempts, PUBLIC_URL falling back to NEXTAUTH_URL, without a trailing slash", () => {
    expect(outboxConfig({}).maxAttempts).toBe(8);
    expect(outboxConfig({ NEXTAUTH_URL: "https://a.example/" }).publicUrl).toBe("https://a.example");
    expect(outboxConfig({ NEXTAUTH_URL: "https://a.example", PUBLIC_URL: "https://b.example/x/" }).publicUrl).toBe("https://b.example/x");
  });
  it("refuses a setting it cannot use", () => {
    expect(() => outboxConfig({ OUTBOX_MAX_ATTEMPTS: "0" })).toThrow(/OUTBOX_MAX_ATTEMPTS/);
    expect(() => outboxConfig({ PUBLIC_URL: "sme.example" })).toThrow(/PUBLIC_URL/);
  });
  it("links in emails are absolute on the public address; an absolute one is kept", () => {
    expect(absoluteLink("/company", "https://p.example")).toBe("https://p.example/company");
    expect(absoluteLink("company", "https://p.example")).toBe("https://p.example/company");
    expect(absoluteLink("https://q.example/x", "https://p.example")).toBe("https://q.example/x");
  });
});

describe("which notices can be turned off", () => {
  it.each([
    ["change-report.submitted", false],
    ["application.assigned", false],
    ["annual-report.reminder.first", true],
    ["recognition.expired", true],
    ["recognition.announced", true],
    ["rereview.invited", true],
    ["signup.registered", true],
  ])("%s is essential: %s", (kind, essential) => {
    expect(isEssentialKind(kind)).toBe(essential);
  });
});
