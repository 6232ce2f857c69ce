import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "./locales";

type Messages = Record<string, unknown>;
const cache = new Map<Locale, Promise<Messages>>();

/**
 * Messages live in one file per namespace (messages/<locale>/<namespace>.json) so that each
 * part of the portal owns its own texts. Read once per process.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  let loaded = cache.get(locale);
  if (!loaded) {
    loaded = (async () => {
      const dir = path.join(process.cwd(), "messages", locale);
      const files = (await readdir(dir)).filter((f) => f.endsWith(".json")).sort();
      const entries = await Promise.all(
        files.map(async (file) => [file.slice(0, -".json".length), JSON.parse(await readFile(path.join(dir, file), "utf8"))] as const),
      );
      return Object.fromEntries(entries);
    })();
    if (process.env.NODE_ENV === "production") cache.set(locale, loaded);
  }
  return loaded;
}
