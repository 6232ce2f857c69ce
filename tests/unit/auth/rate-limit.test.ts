import { describe, expect, it } from "vitest";
import { memoryCounter, SignInThrottle } from "@/lib/auth/rate-limit";

describe("sign-in throttle", () => {
  const limits = { perAccountAndClient: 3, perClient: 5, perAccount: 10, windowSeconds: 60 };

  it("blocks a client guessing one account after the allowed failures", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 3; i++) await throttle.recordFailure("a@example.cn", "stranger");
    expect(await throttle.isBlocked("a@example.cn", "stranger")).toBe(true);
  });

  it("a stranger's failures do not lock the owner out from another client", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 4; i++) await throttle.recordFailure("a@example.cn", "stranger");
    expect(await throttle.isBlocked("a@example.cn", "owner")).toBe(false);
    expect(await throttle.isBlocked("b@example.cn", "owner")).toBe(false);
  });

  it("stops a guess spread over many clients at the account's ceiling, for every client", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 9; i++) await throttle.recordFailure("a@example.cn", `client-${i}`);
    expect(await throttle.isBlocked("a@example.cn", "client-next")).toBe(false);
    await throttle.recordFailure("a@example.cn", "client-9");
    expect(await throttle.isBlocked("a@example.cn", "client-next")).toBe(true);
    expect(await throttle.isBlocked("b@example.cn", "client-next")).toBe(false);
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
    expect(await throttle.isBlocked("a@example.cn", "c")).toBe(true);
  });

  it("lifts the block when the window has passed", async () => {
    let now = 0;
    const throttle = new SignInThrottle(
      memoryCounter(() => now),
      limits,
    );
    for (let i = 0; i < 10; i++) await throttle.recordFailure("a@example.cn", "c");
    expect(await throttle.isBlocked("a@example.cn", "other")).toBe(true);
    now = 61_000;
    expect(await throttle.isBlocked("a@example.cn", "c")).toBe(false);
  });

  it("a successful sign-in clears that client's failures for the account, not the client's nor the account's ceiling", async () => {
    const throttle = new SignInThrottle(memoryCounter(), limits);
    for (let i = 0; i < 2; i++) await throttle.recordFailure("a@example.cn", "c");
    await throttle.recordSuccess("a@example.cn", "c");
    await throttle.recordFailure("a@example.cn", "c");
    expect(await throttle.isBlocked("a@example.cn", "c")).toBe(false);

    for (let i = 0; i < 4; i++) await throttle.recordFailure(`other${i}@example.cn`, "c");
    await throttle.recordSuccess("a@example.cn", "c");
    expect(await throttle.isBlocked("fresh@example.cn", "c")).toBe(true);

    for (let i = 0; i < 10; i++) await throttle.recordFailure("z@example.cn", `spread-${i}`);
    await throttle.recordSuccess("z@example.cn", "spread-0");
    expect(await throttle.isBlocked("z@example.cn", "spread-0")).toBe(true);
  });
});
