import Redis from "ioredis";

/**
 * Failures are counted per key (an account, a client address, a pair of both) in a fixed
 * window; past the limit the key is blocked until the window ends. With REDIS_URL the counts are shared by
 * every app instance; without it they live in this process.
 */
export interface FailureCounter {
  /** Failures recorded for the key in the current window. */
  failures(key: string): Promise<number>;
  recordFailure(key: string, windowSeconds: number): Promise<number>;
  reset(key: string): Promise<void>;
}

export function memoryCounter(now: () => number = Date.now): FailureCounter {
  const entries = new Map<string, { count: number; until: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.until <= now()) entries.delete(key);
    return entries.get(key);
  };
  return {
    failures: async (key) => live(key)?.count ?? 0,
    recordFailure: async (key, windowSeconds) => {
      // Many one-off keys (pairs of account and client) must not grow the map without end.
      if (entries.size >= 100_000) for (const [k, e] of entries) if (e.until <= now()) entries.delete(k);
      const entry = live(key) ?? { count: 0, until: now() + windowSeconds * 1000 };
      entry.count += 1;
      entries.set(key, entry);
      return entry.count;
    },
    reset: async (key) => {
      entries.delete(key);
    },
  };
}

export function redisCounter(redis: Redis): FailureCounter {
  return {
    failures: async (key) => Number((await redis.get(key)) ?? 0),
    recordFailure: async (key, windowSeconds) => {
      const [[, count] = [null, 0]] = (await redis.multi().incr(key).expire(key, windowSeconds, "NX").exec()) ?? [];
      return Number(count);
    },
    reset: async (key) => {
      await redis.del(key);
    },
  };
}

/**
 * Failed sign-ins are limited three ways (docs/decisions/010, threat model):
 * - per account and client, tightly: one client guessing one account's password;
 * - per client, across accounts: one client trying many accounts;
 * - per account, across clients, loosely: a guess spread over many clients.
 * A stranger's failures therefore block only the stranger, not the owner signing in from
 * elsewhere; only a distributed attack large enough to reach the account's ceiling blocks the
 * owner too, until the window ends (the way out is a password reset, which must not be
 * throttled by these counters).
 */
export interface SignInLimits {
  perAccountAndClient: number;
  perClient: number;
  perAccount: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccountAndClient: 5, perClient: 20, perAccount: 50, windowSeconds: 15 * 60 };

export class SignInThrottle {
  constructor(
    private readonly counter: FailureCounter,
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  ) {}

  private keys(email: string, client: string) {
    const account = email.toLowerCase();
    return { pair: `signin:pair:${account}|${client}`, client: `signin:client:${client}`, account: `signin:account:${account}` };
  }

  async isBlocked(email: string, client: string): Promise<boolean> {
    const keys = this.keys(email, client);
    const [pair, fromClient, account] = await Promise.all([
      this.counter.failures(keys.pair),
      this.counter.failures(keys.client),
      this.counter.failures(keys.account),
    ]);
    return pair >= this.limits.perAccountAndClient || fromClient >= this.limits.perClient || account >= this.limits.perAccount;
  }

  async recordFailure(email: string, client: string): Promise<void> {
    const keys = this.keys(email, client);
    await Promise.all([keys.pair, keys.client, keys.account].map((key) => this.counter.recordFailure(key, this.limits.windowSeconds)));
  }

  /**
   * Clears only this client's count for the account. The client's own count stays (a client with
   * one valid account must not wipe its guesses at others), and so does the account's ceiling (the
   * owner signing in does not make a distributed guess any less of one).
   */
  async recordSuccess(email: string, client: string): Promise<void> {
    await this.counter.reset(this.keys(email, client).pair);
  }
}

const holder = globalThis as unknown as { __smeThrottle?: SignInThrottle };

export function signInThrottle(): SignInThrottle {
  if (!holder.__smeThrottle) {
    const url = process.env.REDIS_URL;
    const counter = url ? redisCounter(new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false })) : memoryCounter();
    holder.__smeThrottle = new SignInThrottle(counter);
  }
  return holder.__smeThrottle;
}
