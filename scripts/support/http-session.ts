import { actionResultOf, serverActionRequest, type ServerActionRef } from "./built-server-actions";

/** A signed-in (or anonymous) visitor for load and fault scripts: cookies kept, redirects not followed. */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly origin: string) {}

  /** A FormData body is sent as multipart (fetch sets the boundary); `timeoutMs` is for long imports. */
  async request(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string | FormData; timeoutMs?: number } = {},
  ): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(this.origin + path, {
      method: init.method ?? "GET",
      headers: { ...(init.headers ?? {}), ...(cookie ? { Cookie: cookie } : {}) },
      body: init.body,
      redirect: "manual",
      signal: AbortSignal.timeout(init.timeoutMs ?? 30_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return response;
  }

  async signIn(email: string, password: string): Promise<void> {
    const { csrfToken } = (await (await this.request("/api/auth/csrf")).json()) as { csrfToken: string };
    await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
    });
    const session = (await (await this.request("/api/auth/session")).json()) as { actor?: unknown };
    if (!session.actor) throw new Error(`could not sign in ${email}`);
  }

  async callAction(action: ServerActionRef, args: unknown[]): Promise<{ httpStatus: number; ok: boolean; status: number | null }> {
    const { path, headers, body } = serverActionRequest(action, this.origin, args);
    const response = await this.request(path, { method: "POST", headers, body });
    const result = actionResultOf(await response.text());
    return { httpStatus: response.status, ...result };
  }
}

/** Percentile of sorted milliseconds (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
