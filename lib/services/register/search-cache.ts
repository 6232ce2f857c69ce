/**
 * Recent register search pages, kept in this process. An entry is keyed by the register's
 * version (moved on by the database at every committed change to what the register shows), so
 * a change is never hidden behind the cache; the age limit only bounds memory and the moment
 * between a change's trigger and its commit. The API already tells clients the same answer
 * may be reused for 60 seconds.
 */
export interface SearchCacheOptions {
  maxEntries: number;
  maxAgeMs: number;
}

export function createSearchCache<T>({ maxEntries, maxAgeMs }: SearchCacheOptions, clock: () => number = Date.now) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    /** The cached answer for the key, or the computed one (computed once however many ask at once). */
    get(key: string, compute: () => Promise<T>): { value: Promise<T>; hit: boolean } {
      const now = clock();
      const found = entries.get(key);
      if (found && now - found.at <= maxAgeMs) {
        // Map order is recency order: a hit moves the entry to the young end.
        entries.delete(key);
        entries.set(key, found);
        return { value: found.value, hit: true };
      }
      const value = compute();
      entries.delete(key);
      entries.set(key, { at: now, value });
      // A failed search is not remembered.
      value.catch(() => entries.get(key)?.value === value && entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return { value, hit: false };
    },
    get size() {
      return entries.size;
    },
  };
}
