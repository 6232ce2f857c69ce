import type { APIRequestContext } from "@playwright/test";
import { actionResultOf, serverActionRequest, type ServerActionRef } from "@/scripts/support/built-server-actions";

export { builtServerActions, type ServerActionRef } from "@/scripts/support/built-server-actions";

/** Posts to a server action the way the browser's runtime does, with an explicit argument list. */
export async function postServerAction(request: APIRequestContext, baseURL: string, action: ServerActionRef, args: unknown[]) {
  const { path, headers, body } = serverActionRequest(action, baseURL, args);
  const response = await request.post(path, { headers, data: body, maxRedirects: 0 });
  const text = await response.text();
  const result = actionResultOf(text);
  return { httpStatus: response.status(), resultStatus: result.status, ok: result.ok, body: text };
}

/** Signs an API request context in through next-auth's credentials endpoint, as the form does. */
export async function signInRequest(request: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`sign-in of ${email} failed: HTTP ${response.status()}`);
  const session = (await (await request.get("/api/auth/session")).json()) as { actor?: unknown };
  if (!session.actor) throw new Error(`sign-in of ${email} gave no session`);
}
