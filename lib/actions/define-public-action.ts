import "server-only";
import type { z } from "zod";
import { signupThrottled } from "@/lib/services/signup/signup-throttle";
import type { ActionResult } from "./action-result";
import { localSay, parseAndRun } from "./parse-and-run";
import { clientAddress } from "./signup/client-address";

interface PublicActionDefinition<S extends z.ZodType, T> {
  schema: S;
  run: (input: z.infer<S>) => Promise<T>;
  /**
   * The per-client counter this action spends one attempt of (as sign-up does): a link's secret
   * or an email address cannot be tried in bulk. Every public action that looks a person up is
   * throttled; only the harmless ones (a language) are not.
   */
  throttle: string | false;
}

/**
 * The actions a person takes before they can sign in: accepting an invitation, asking for and
 * using a password reset, verifying an address. The same steps as defineAction without the
 * session: throttle → parse → service → a result the form shows. The service is the authority —
 * a link's secret is the only credential, checked there.
 */
export function definePublicAction<S extends z.ZodType, T>(definition: PublicActionDefinition<S, T>) {
  return async (input: FormData | unknown): Promise<ActionResult<T>> => {
    const say = await localSay();
    if (definition.throttle !== false && (await signupThrottled(`${definition.throttle}:${await clientAddress()}`))) {
      return { ok: false, status: 400, message: say("尝试次数过多，请一小时后再试。", "Too many attempts. Please try again in an hour.") };
    }
    return parseAndRun(input, definition.schema, definition.run, say);
  };
}
