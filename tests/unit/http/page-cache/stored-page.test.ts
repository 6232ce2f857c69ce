import { describe, expect, it } from "vitest";
import { nonceOf, pageWithNonce, storablePage, type RenderedPage } from "@/lib/http/page-cache/stored-page";

const NONCE = "ZmYxYjYyN2UtYjk3MS00ZDE2LWE3ZjAtNjRjNzFjN2M5MDg0";
const page = (overrides: Partial<RenderedPage> = {}): RenderedPage => ({
  status: 200,
  headers: {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": `default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`,
    date: "Wed, 02 Dec 2026 15:00:00 GMT",
    "content-length": "123",
    etag: '"abc"',
    "x-frame-options": "DENY",
  },
  body: `<script nonce="${NONCE}">a</script><p>x</p><script nonce="${NONCE}" src="/b.js"></script>${NONCE}`,
  ...overrides,
});

describe("stored pages", () => {
  it("finds the nonce of the policy", () => {
    expect(nonceOf(page().headers)).toBe(NONCE);
    expect(nonceOf({ "content-security-policy": "default-src 'self'" })).toBeNull();
  });

  it("serves every occurrence of the old nonce with the new one, in the body and the policy", () => {
    const stored = storablePage(page())!;
    const served = pageWithNonce(stored, "NEW");
    expect(served.body).toBe(`<script nonce="NEW">a</script><p>x</p><script nonce="NEW" src="/b.js"></script>NEW`);
    expect(served.body).not.toContain(NONCE);
    expect(served.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self' 'nonce-NEW' 'strict-dynamic'");
    expect(served.headers["x-frame-options"]).toBe("DENY");
  });

  it("keeps no header that belongs to one response", () => {
    const served = pageWithNonce(storablePage(page())!, "N");
    expect(Object.keys(served.headers).sort()).toEqual(["content-security-policy", "content-type", "x-frame-options"]);
  });

  it("stores only complete 200 HTML pages with a nonce and no cookie", () => {
    expect(storablePage(page({ status: 404 }))).toBeNull();
    expect(storablePage(page({ status: 307 }))).toBeNull();
    expect(storablePage(page({ headers: { ...page().headers, "content-type": "application/json" } }))).toBeNull();
    expect(storablePage(page({ headers: { ...page().headers, "set-cookie": ["a=b"] } }))).toBeNull();
    expect(storablePage(page({ headers: { "content-type": "text/html" } }))).toBeNull();
    expect(storablePage(page())!.bytes).toBe(Buffer.byteLength(page().body));
  });
});
