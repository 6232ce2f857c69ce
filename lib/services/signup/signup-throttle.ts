import Redis from "ioredis";
import { memoryCounter, redisCounter, type FailureCounter } from "@/lib/auth/rate-limit";

/**
 * Sign-up attempts per client address in a fixed window, like failed sign-ins: every attempt
 * counts (a valid one too), so the form cannot be used to test credit codes or emails in bulk.
 */
export const SIGNUP_LIMIT = { perClient: 10, windowSeconds: 60 * 60 };

const holder = globalThis as unknown as { __smeSignupCounter?: FailureCounter };

function counter(): FailureCounter {
  if (!holder.__smeSignupCounter) {
    const url = process.env.REDIS_URL;
    holder.__smeSignupCounter = url ? redisCounter(new Redis(url, { maxRetriesPerRequest: 2 })) : memoryCounter();
  }
  return holder.__smeSignupCounter;
}

/** Records an attempt; true when the client is over the limit and must be refused. */
export async function signupThrottled(client: string, limits = SIGNUP_LIMIT, attempts: FailureCounter = counter()): Promise<boolean> {
  const key = `signup:client:${client}`;
  if ((await attempts.failures(key)) >= limits.perClient) return true;
  await attempts.recordFailure(key, limits.windowSeconds);
  return false;
}
