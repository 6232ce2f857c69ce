import { describe, expect, it } from "vitest";
import { createPageStore } from "@/lib/http/page-cache/page-store";
import type { StoredPage } from "@/lib/http/page-cache/stored-page";

const page = (bytes: number): StoredPage => ({ status: 200, headers: [], body: ["x".repeat(bytes)], bytes });

describe("page store", () => {
  it("forgets a page older than its age limit", () => {
    let now = 0;
    const store = createPageStore({ maxAgeMs: 1_000, maxEntries: 10, maxBytes: 1_000 }, () => now);
    store.set("a", page(10));
    now = 1_000;
    expect(store.get("a")).toBeDefined();
    now = 1_001;
    expect(store.get("a")).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
  });

  it("lets the least recently used page go first when full, by count or by bytes", () => {
    const store = createPageStore({ maxAgeMs: 60_000, maxEntries: 2, maxBytes: 100 });
    store.set("a", page(10));
    store.set("b", page(10));
    store.get("a");
    store.set("c", page(10));
    expect([store.get("a"), store.get("b"), store.get("c")].map(Boolean)).toEqual([true, false, true]);
    store.set("d", page(85));
    expect(store.bytes).toBeLessThanOrEqual(100);
    expect(store.get("d")).toBeDefined();
    expect(store.get("a")).toBeUndefined();
  });

  it("keeps no page larger than the whole budget, and replaces a key's page in its count", () => {
    const store = createPageStore({ maxAgeMs: 60_000, maxEntries: 5, maxBytes: 100 });
    store.set("big", page(101));
    expect(store.size).toBe(0);
    store.set("a", page(40));
    store.set("a", page(30));
    expect(store.size).toBe(1);
    expect(store.bytes).toBe(30);
  });
});
