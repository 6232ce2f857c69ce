import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { SignInThrottle, redisCounter } from "@/lib/auth/rate-limit";

/**
 * With REDIS_URL set, every app instance counts failed sign-ins in the same place, so spreading
 * guesses over several instances does not multiply an attacker's attempts. Two throttles with
 * their own connections stand for two instances. CI starts Redis; elsewhere the file is skipped
 * with a notice when no server answers.
 */
const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
const reachable = await probe.connect().then(
  () => true,
  () => false,
);
probe.disconnect();
if (!reachable && process.env.CI === "true") throw new Error(`Redis is required in CI but not reachable at ${url}`);
if (!reachable) console.warn(`No Redis at ${url}: the shared rate-limit test is skipped`);

const connections: Redis[] = [];
afterAll(() => connections.forEach((c) => c.disconnect()));
function instance() {
  const connection = new Redis(url);
  connections.push(connection);
  return new SignInThrottle(redisCounter(connection), { perAccountAndClient: 5, perClient: 20, perAccount: 50, windowSeconds: 60 });
}

describe.skipIf(!reachable)("sign-in throttle shared through Redis", () => {
  it("blocks one client guessing one account across two app instances, but not the owner elsewhere", async () => {
    const [first, second] = [instance(), instance()];
    const email = `victim-${randomUUID()}@example.cn`;
    const stranger = `stranger-${randomUUID()}`;
    for (let i = 0; i < 5; i++) await (i % 2 === 0 ? first : second).recordFailure(email, stranger);
    expect(await first.isBlocked(email, stranger)).toBe(true);
    expect(await second.isBlocked(email, stranger)).toBe(true);
    expect(await second.isBlocked(email, `owner-${randomUUID()}`)).toBe(false);
  });

  it("stops a guess spread over 50 clients and two instances at the account's ceiling", async () => {
    const [first, second] = [instance(), instance()];
    const email = `victim-${randomUUID()}@example.cn`;
    for (let i = 0; i < 50; i++) await (i % 2 === 0 ? first : second).recordFailure(email, `client-${i}-${randomUUID()}`);
    expect(await first.isBlocked(email, `fresh-${randomUUID()}`)).toBe(true);
    expect(await second.isBlocked(`other-${randomUUID()}@example.cn`, `fresh-${randomUUID()}`)).toBe(false);
  });

  it("blocks a client that tries many accounts across instances, and a success clears only the account", async () => {
    const [first, second] = [instance(), instance()];
    const client = `10.0.0.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < 20; i++) await (i % 2 === 0 ? first : second).recordFailure(`guess-${i}-${randomUUID()}@example.cn`, client);
    expect(await first.isBlocked(`new-${randomUUID()}@example.cn`, client)).toBe(true);
    await second.recordSuccess(`guess-0@example.cn`, client);
    expect(await first.isBlocked(`new-${randomUUID()}@example.cn`, client)).toBe(true);

    const email = `user-${randomUUID()}@example.cn`;
    const device = `c-${randomUUID()}`;
    for (let i = 0; i < 4; i++) await first.recordFailure(email, device);
    await second.recordSuccess(email, device);
    await first.recordFailure(email, device);
    expect(await first.isBlocked(email, device)).toBe(false);
  });
});
