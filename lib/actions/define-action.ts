import "server-only";
import type { z } from "zod";
import { currentActor, currentEnrollingActor } from "@/lib/auth/current-actor";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import type { ActionResult } from "./action-result";
import { localSay, parseAndRun } from "./parse-and-run";

interface ActionDefinition<S extends z.ZodType, T> {
  /**
   * The permission (lib/auth/permissions.ts) a caller must hold at all to get past the gate, or
   * "signed-in" for what every account does to its own things; the service checks it again
   * against the record, its jurisdiction and its tier.
   */
  permission: Permission | "signed-in";
  schema: S;
  run: (input: z.infer<S>, actor: Actor) => Promise<T>;
  /** Two-factor enrolment's own actions: also open to a session that must enrol before anything else. */
  duringTwoFactorEnrolment?: true;
}

/**
 * Every server action goes through here: authenticate → parse → call the service (which
 * authorizes against the record and its jurisdiction) → a result the form can show. Expected
 * outcomes come back as results; anything else is logged and reported without internals.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  return async (input: FormData | unknown): Promise<ActionResult<T>> => {
    const say = await localSay();
    const actor = (await currentActor()) ?? (definition.duringTwoFactorEnrolment ? await currentEnrollingActor() : null);
    if (!actor) return { ok: false, status: 401, message: say("请先登录。", "Please sign in first.") };
    if (definition.permission !== "signed-in" && !hasPermission(actor, definition.permission)) {
      return { ok: false, status: 403, message: say("您无权执行此操作。", "You are not allowed to do this.") };
    }
    return parseAndRun(input, definition.schema, (parsed) => definition.run(parsed, actor), say);
  };
}
