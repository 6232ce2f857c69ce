import { describe, expect, it } from "vitest";
import { createSearchCache } from "@/lib/services/register/search-cache";

function fakeClock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("register search cache", () => {
  it("computes once for a key and reuses the answer, also for callers asking at the same time", async () => {
    const cache = createSearchCache<number>({ maxEntries: 10, maxAgeMs: 1_000 });
    let computed = 0;
    const compute = async () => ++computed;
    const [a, b] = [cache.get("v1|q", compute), cache.get("v1|q", compute)];
    expect([a.hit, b.hit]).toEqual([false, true]);
    expect([await a.value, await b.value]).toEqual([1, 1]);
    expect(computed).toBe(1);
  });

  it("a new register version is a new key", async () => {
    const cache = createSearchCache<string>({ maxEntries: 10, maxAgeMs: 1_000 });
    await cache.get("1|q", async () => "before").value;
    expect(await cache.get("2|q", async () => "after").value).toBe("after");
  });

  it("forgets answers older than the age limit", async () => {
    const clock = fakeClock();
    const cache = createSearchCache<string>({ maxEntries: 10, maxAgeMs: 1_000 }, clock.now);
    await cache.get("k", async () => "old").value;
    clock.advance(1_000);
    expect(cache.get("k", async () => "fresh").hit).toBe(true);
    clock.advance(1);
    const late = cache.get("k", async () => "fresh");
    expect(late.hit).toBe(false);
    expect(await late.value).toBe("fresh");
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = createSearchCache<string>({ maxEntries: 2, maxAgeMs: 1_000 });
    cache.get("a", async () => "a");
    cache.get("b", async () => "b");
    cache.get("a", async () => "a2"); // a is now the most recent
    cache.get("c", async () => "c");
    expect(cache.size).toBe(2);
    expect(cache.get("a", async () => "again").hit).toBe(true);
    expect(cache.get("b", async () => "again").hit).toBe(false);
  });

  it("does not remember a failed search", async () => {
    const cache = createSearchCache<string>({ maxEntries: 10, maxAgeMs: 1_000 });
    await expect(cache.get("k", async () => Promise.reject(new Error("database down"))).value).rejects.toThrow("database down");
    const retry = cache.get("k", async () => "ok");
    expect(retry.hit).toBe(false);
    expect(await retry.value).toBe("ok");
  });
});
