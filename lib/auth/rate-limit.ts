import Redis from "ioredis";

/**
 * Failed sign-ins are counted per key (an account, a client address) in a fixed window; past
 * the limit the key is blocked until the window ends. With REDIS_URL the counts are shared by
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

export interface SignInLimits {
  perAccount: number;
  perClient: number;
  windowSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perClient: 20, windowSeconds: 15 * 60 };

export class SignInThrottle {
  constructor(
    private readonly counter: FailureCounter,
    private readonly limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
  ) {}

  private keys(email: string, client: string) {
    return { account: `signin:account:${email.toLowerCase()}`, client: `signin:client:${client}` };
  }

  async isBlocked(email: string, client: string): Promise<boolean> {
    const keys = this.keys(email, client);
    const [account, fromClient] = await Promise.all([this.counter.failures(keys.account), this.counter.failures(keys.client)]);
    return account >= this.limits.perAccount || fromClient >= this.limits.perClient;
  }

  async recordFailure(email: string, client: string): Promise<void> {
    const keys = this.keys(email, client);
    await Promise.all([
      this.counter.recordFailure(keys.account, this.limits.windowSeconds),
      this.counter.recordFailure(keys.client, this.limits.windowSeconds),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.counter.reset(this.keys(email, "").account);
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
