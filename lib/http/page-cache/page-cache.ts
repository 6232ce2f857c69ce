import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { newNonce } from "../nonce";
import { captureResponse } from "./capture-response";
import { pageRequestKey } from "./page-request";
import { createPageStore, type PageStoreOptions } from "./page-store";
import { pageWithNonce, storablePage, type RenderedPage, type StoredPage } from "./stored-page";

const gzipAsync = promisify(gzip);

export interface PageCacheOptions extends PageStoreOptions {
  /** Paths whose anonymous HTML may be reused (page-request.ts). */
  paths: readonly string[];
  /**
   * What the pages' content depends on besides the request: the register's version and the date.
   * null when it cannot be told (the database is not open yet): the page is then rendered.
   */
  version(): Promise<string | null>;
}

export type PageCacheOutcome = "hit" | "miss" | "bypass";

/**
 * Serves anonymous public pages from a cache of their rendered HTML, with a fresh CSP nonce in
 * every response, and renders (with `render`, Next.js's handler) everything else. Rendering a
 * page costs tens of milliseconds of CPU; sending a stored one, well under one.
 */
export function createPageCache(options: PageCacheOptions) {
  const store = createPageStore(options);
  // Pages being rendered now: when the register moves on, every popular search misses at once,
  // and visitors asking for one of them wait for its one rendering instead of each causing another.
  const rendering = new Map<string, Promise<StoredPage | null>>();

  return async function handle(req: IncomingMessage, res: ServerResponse, render: () => unknown): Promise<PageCacheOutcome> {
    const requestKey = pageRequestKey(req, options.paths);
    const version = requestKey === null ? null : await options.version().catch(() => null);
    if (requestKey === null || version === null) {
      render();
      return "bypass";
    }
    const key = `${version}|${requestKey}`;
    const acceptsGzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const stored = store.get(key) ?? (await rendering.get(key));
    if (stored) {
      await send(res, pageWithNonce(stored, newNonce()), "hit", acceptsGzip);
      return "hit";
    }
    // Rendered uncompressed so it can be stored; compressed (if asked) when sent.
    delete req.headers["accept-encoding"];
    const captured = captureResponse(res);
    let settle!: (page: StoredPage | null) => void;
    const first = !rendering.has(key);
    if (first) rendering.set(key, new Promise((resolve) => (settle = resolve)));
    render();
    let page: RenderedPage;
    try {
      page = await captured;
    } catch {
      if (first) {
        rendering.delete(key);
        settle(null);
      }
      return "miss"; // the visitor left; nothing to send or keep
    }
    const storable = storablePage(page);
    if (storable) store.set(key, storable);
    if (first) {
      rendering.delete(key);
      settle(storable);
    }
    await send(res, page, storable ? "miss" : "bypass", acceptsGzip);
    return "miss";
  };
}

async function send(res: ServerResponse, page: RenderedPage, outcome: PageCacheOutcome, acceptsGzip: boolean): Promise<void> {
  let body: Buffer = Buffer.from(page.body, "utf8");
  const headers: Record<string, string | string[]> = { ...page.headers, "x-page-cache": outcome };
  if (acceptsGzip && body.byteLength > 1024) {
    body = await gzipAsync(body, { level: 6 });
    headers["content-encoding"] = "gzip";
    headers.vary = addVary(headers.vary, "Accept-Encoding");
  }
  headers["content-length"] = String(body.byteLength);
  if (res.destroyed) return;
  res.writeHead(page.status, headers);
  res.end(body);
}

function addVary(vary: string | string[] | undefined, name: string): string {
  const list = (Array.isArray(vary) ? vary.join(", ") : (vary ?? ""))
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (!list.some((v) => v.toLowerCase() === name.toLowerCase())) list.push(name);
  return list.join(", ");
}
