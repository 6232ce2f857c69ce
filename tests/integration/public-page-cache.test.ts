import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { openedDatabase } from "@/lib/db/database-holder";
import { newNonce } from "@/lib/http/nonce";
import { createPageCache } from "@/lib/http/page-cache/page-cache";
import { importPublishedList } from "@/lib/services/imports/import-published-list";
import { readRegisterVersion } from "@/lib/services/register/register-version";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, seedRegions } from "./support/fixtures";
import { publishedListCsv } from "./support/published-list";

/**
 * The public page cache of the production server (server.ts) in front of a renderer that works
 * the way Next.js's does for the register page: a fresh nonce in the policy and on every script,
 * the HTML streamed in several writes, and content read from the database on each render.
 */
let db: FreshDatabase;
let admin: Actor;
let server: Server;
let base: string;
let renders = 0;
const NOW = new Date("2026-11-22T04:00:00Z");

async function renderLikeNext(req: IncomingMessage, res: ServerResponse) {
  renders += 1;
  const nonce = newNonce();
  const [row] = await db.sql.query<{ count: number }>("SELECT count(*)::int AS count FROM recognition");
  const count = row!.count;
  const signedIn = /session-token/.test(req.headers.cookie ?? "");
  res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("x-frame-options", "DENY");
  res.writeHead(req.url?.startsWith("/register/missing") ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
  res.write(`<!DOCTYPE html><html><head><script nonce="${nonce}" src="/a.js"></script></head>`);
  await new Promise((r) => setTimeout(r, 5));
  res.write(`<body><p id="count">${count}</p><p id="who">${signedIn ? "signed in" : "anonymous"}</p>${"<i>filler</i>".repeat(200)}`);
  res.end(`<script nonce="${nonce}">self.__next_f=[]</script></body></html>`);
}

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  admin = await createActor(db, "administrator");
  await importPublishedList(admin, publishedListCsv({ count: 3, tag: "PCA", names: (i) => `缓存测试${i}号科技有限公司` }), { dryRun: false }, NOW);
  const cache = createPageCache({
    paths: ["/register", "/register/missing"],
    maxAgeMs: 60_000,
    maxEntries: 100,
    maxBytes: 1_048_576,
    version: async () => {
      const opened = openedDatabase();
      return opened ? readRegisterVersion((await opened).sql) : null;
    },
  });
  server = createServer((req, res) => void cache(req, res, () => void renderLikeNext(req, res)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.destroy();
});

const fetchPage = async (path: string, headers: Record<string, string> = {}) => {
  // fetch asks for gzip and unpacks it; the compression is checked on its own below.
  const response = await fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } });
  return { response, body: await response.text(), cache: response.headers.get("x-page-cache") };
};
const policyNonce = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
const count = (body: string) => Number(/<p id="count">(\d+)<\/p>/.exec(body)?.[1]);

describe("public page cache", () => {
  it("renders a page once and then serves it, each time with a nonce of its own in the policy and on every script", async () => {
    const before = renders;
    const first = await fetchPage("/register?q=a");
    const second = await fetchPage("/register?q=a");
    const third = await fetchPage("/register?q=a");
    expect([first.cache, second.cache, third.cache]).toEqual(["miss", "hit", "hit"]);
    expect(renders - before).toBe(1);
    const nonces = [first, second, third].map((p) => policyNonce(p.response)!);
    expect(new Set(nonces).size).toBe(3);
    for (const [i, page] of [first, second, third].entries()) {
      const scriptNonces = [...page.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(scriptNonces).toEqual([nonces[i], nonces[i]]);
      expect(page.response.headers.get("x-frame-options")).toBe("DENY");
      expect(Number(page.response.headers.get("content-length"))).toBe(Buffer.byteLength(page.body));
    }
    expect(second.body.replaceAll(nonces[1]!, "N")).toBe(first.body.replaceAll(nonces[0]!, "N"));
  });

  it("never serves a page from before a change to the register", async () => {
    await fetchPage("/register?q=fresh");
    const cached = await fetchPage("/register?q=fresh");
    expect(cached.cache).toBe("hit");
    await importPublishedList(admin, publishedListCsv({ count: 2, tag: "PCB", names: (i) => `新增测试${i}号材料有限公司` }), { dryRun: false }, NOW);
    const after = await fetchPage("/register?q=fresh");
    expect(after.cache).toBe("miss");
    expect(count(after.body)).toBe(count(cached.body) + 2);
  });

  it("renders for each signed-in visitor, and for each language and query apart", async () => {
    await fetchPage("/register?q=b");
    const signedIn = await fetchPage("/register?q=b", { cookie: "next-auth.session-token=abc" });
    expect(signedIn.cache).toBeNull();
    expect(signedIn.body).toContain("signed in");
    expect((await fetchPage("/register?q=b", { "accept-language": "en" })).cache).toBe("miss");
    expect((await fetchPage("/register?q=c")).cache).toBe("miss");
    expect((await fetchPage("/register?q=b")).cache).toBe("hit");
  });

  it("renders a page asked for by many visitors at once only once, and gives each its own nonce", async () => {
    const before = renders;
    const pages = await Promise.all(Array.from({ length: 10 }, () => fetchPage("/register?q=crowd")));
    expect(renders - before).toBe(1);
    expect(pages.map((p) => p.cache).sort()).toEqual(["hit", "hit", "hit", "hit", "hit", "hit", "hit", "hit", "hit", "miss"]);
    expect(new Set(pages.map((p) => policyNonce(p.response))).size).toBe(10);
  });

  it("gets over a visitor who leaves before the page is rendered", async () => {
    const controller = new AbortController();
    const leaving = fetch(`${base}/register?q=leaver`, { signal: controller.signal }).catch((error: unknown) => error);
    setTimeout(() => controller.abort(), 2);
    expect(await leaving).toBeInstanceOf(Error);
    const next = await fetchPage("/register?q=leaver");
    expect(next.response.status).toBe(200);
    expect(next.body).toContain('<p id="who">anonymous</p>');
  });

  it("sends what it cannot store as it was rendered, and stores nothing of it", async () => {
    const first = await fetchPage("/register/missing");
    const second = await fetchPage("/register/missing");
    expect([first.response.status, second.response.status]).toEqual([404, 404]);
    expect([first.cache, second.cache]).toEqual(["bypass", "bypass"]);
  });

  it("compresses for browsers that ask, hit or miss", async () => {
    for (const expected of ["miss", "hit"]) {
      const response = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        import("node:http").then(({ get }) =>
          get(`${base}/register?q=gzip`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          }).on("error", reject),
        );
      });
      expect(response.headers["x-page-cache"]).toBe(expected);
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(String(response.headers.vary)).toContain("Accept-Encoding");
      expect(gunzipSync(response.body).toString("utf8")).toContain('<p id="who">anonymous</p>');
    }
  });
});
