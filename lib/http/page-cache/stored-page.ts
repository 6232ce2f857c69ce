/**
 * A rendered page kept with its CSP nonce cut out: the parts of the body and of each header
 * between occurrences of the nonce it was rendered with. Serving it again joins the parts with a
 * fresh nonce, so every response still carries a nonce of its own that no earlier visitor saw.
 * The nonce was random and unknown until that render, so no content of the page can contain it
 * by chance or by design: every occurrence is one Next.js wrote.
 */
export interface StoredPage {
  status: number;
  headers: readonly (readonly [name: string, parts: readonly string[]])[];
  body: readonly string[];
  bytes: number;
}

export interface RenderedPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

// Per connection or per response, or recomputed when the page is sent again.
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag", "set-cookie"]);

/** The nonce of a response's Content-Security-Policy, or null when it has none. */
export function nonceOf(headers: RenderedPage["headers"]): string | null {
  const policy = headers["content-security-policy"];
  const match = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(Array.isArray(policy) ? policy.join(";") : (policy ?? ""));
  return match ? match[1]! : null;
}

/**
 * The page as it may be stored and served to anyone, or null when it must not be: anything but a
 * complete 200 HTML page with a nonce, or a response that sets a cookie (it was meant for one visitor).
 */
export function storablePage(page: RenderedPage): StoredPage | null {
  const type = page.headers["content-type"];
  if (page.status !== 200 || typeof type !== "string" || !type.startsWith("text/html")) return null;
  if (page.headers["set-cookie"] !== undefined) return null;
  const nonce = nonceOf(page.headers);
  if (!nonce) return null;
  const headers: [string, string[]][] = [];
  for (const [name, value] of Object.entries(page.headers)) {
    if (NOT_STORED.has(name)) continue;
    headers.push([name, (Array.isArray(value) ? value.join(", ") : value).split(nonce)]);
  }
  const body = page.body.split(nonce);
  return { status: page.status, headers, body, bytes: Buffer.byteLength(page.body) };
}

/** The stored page with `nonce` wherever its own was. */
export function pageWithNonce(stored: StoredPage, nonce: string): RenderedPage {
  const headers: Record<string, string> = {};
  for (const [name, parts] of stored.headers) headers[name] = parts.join(nonce);
  return { status: stored.status, headers, body: stored.body.join(nonce) };
}
