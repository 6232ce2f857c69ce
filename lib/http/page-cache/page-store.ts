import type { StoredPage } from "./stored-page";

export interface PageStoreOptions {
  maxAgeMs: number;
  /** Bounds memory: the oldest pages leave first when either limit is passed. */
  maxEntries: number;
  maxBytes: number;
}

/**
 * Recently rendered pages in this process, least recently used first out. Keys carry the
 * register's version, so a change is never hidden; the age limit bounds how long a page of an
 * unchanged register is reused (its "today" is also in the key).
 */
export function createPageStore({ maxAgeMs, maxEntries, maxBytes }: PageStoreOptions, clock: () => number = Date.now) {
  const entries = new Map<string, { at: number; page: StoredPage }>();
  let bytes = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.page.bytes;
  };
  return {
    get(key: string): StoredPage | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (clock() - entry.at > maxAgeMs) {
        remove(key);
        return undefined;
      }
      // Map order is recency order: a hit moves the entry to the young end.
      entries.delete(key);
      entries.set(key, entry);
      return entry.page;
    },
    set(key: string, page: StoredPage): void {
      if (page.bytes > maxBytes) return;
      remove(key);
      entries.set(key, { at: clock(), page });
      bytes += page.bytes;
      while (entries.size > maxEntries || bytes > maxBytes) remove(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
