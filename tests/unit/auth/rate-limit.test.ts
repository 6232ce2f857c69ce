import { describe, expect, it } from "vitest";
import { memoryCounter, SignInThrottle } from "@/lib/auth/rate-limit";

describe("sign-in throttle", () => {
  const limits = { perAccount: 3, perClient: 5, windowSeconds: 60 };

  it("blocks an account after the allowed number of failures, from any client", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 3; i++) await throttle.recordFailure("a@example.cn", `client-${i}`);
    expect(await throttle.isBlocked("a@example.cn", "another-client")).toBe(true);
    expect(await throttle.isBlocked("b@example.cn", "another-client")).toBe(false);
  });

  it("blocks a client that tries many accounts", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 5; i++) await throttle.recordFailure(`user${i}@example.cn`, "1.2.3.4");
    expect(await throttle.isBlocked("fresh@example.cn", "1.2.3.4")).toBe(true);
    expect(await throttle.isBlocked("fresh@example.cn", "5.6.7.8")).toBe(false);
  });

  it("treats the email case-insensitively", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 3; i++) await throttle.recordFailure("A@Example.cn", "c");
    expect(await throttle.isBlocked("a@example.cn", "other")).toBe(true);
  });

  it("lifts the block when the window has passed", async () => {
    let now = 0;
    const throttle = new SignInThrottle(memoryCounter(() => now), limits);
    for (let i = 0; i < 3; i++) await throttle.recordFailure("a@example.cn", "c");
    expect(await throttle.isBlocked("a@example.cn", "c")).toBe(true);
    now = 61_000;
    expect(await throttle.isBlocked("a@example.cn", "c")).toBe(false);
  });

  it("a successful sign-in clears the account's failures", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 2; i++) await throttle.recordFailure("a@example.cn", "c");
    await throttle.recordSuccess("a@example.cn");
    await throttle.recordFailure("a@example.cn", "c");
    expect(await throttle.isBlocked("a@example.cn", "x")).toBe(false);
  });
});
