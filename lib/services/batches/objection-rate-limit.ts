import Redis from "ioredis";
import { memoryCounter, redisCounter, type FailureCounter } from "@/lib/auth/rate-limit";

/** At most this many objections per client address per hour (shared across instances with REDIS_URL). */
export const OBJECTIONS_PER_HOUR = 5;
const WINDOW_SECONDS = 60 * 60;

const holder = globalThis as unknown as { __smeObjectionCounter?: FailureCounter };

function counter(): FailureCounter {
  if (!holder.__smeObjectionCounter) {
    const url = process.env.REDIS_URL;
    holder.__smeObjectionCounter = url ? redisCounter(new Redis(url, { maxRetriesPerRequest: 2 })) : memoryCounter();
  }
  return holder.__smeObjectionCounter;
}

/** Tests install a fresh counter. */
export function useObjectionCounter(next: FailureCounter): void {
  holder.__smeObjectionCounter = next;
}

/** Counts an attempt; true when the client is over the limit and must be refused. */
export async function overObjectionLimit(clientKey: string): Promise<boolean> {
  const key = `objection:client:${clientKey}`;
  if ((await counter().failures(key)) >= OBJECTIONS_PER_HOUR) return true;
  await counter().recordFailure(key, WINDOW_SECONDS);
  return false;
}

/** At most this many status look-ups per client address per hour: enough to follow one's own, too few to probe references. */
export const STATUS_LOOKUPS_PER_HOUR = 10;

/** Counts a status look-up; true when the client is over the limit and must be refused. */
export async function overStatusLookupLimit(clientKey: string): Promise<boolean> {
  const key = `objection-status:client:${clientKey}`;
  if ((await counter().failures(key)) >= STATUS_LOOKUPS_PER_HOUR) return true;
  await counter().recordFailure(key, WINDOW_SECONDS);
  return false;
}
