import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { currentActor, currentEnrollingActor } from "@/lib/auth/current-actor";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import type { ActionResult } from "./action-result";
import { formDataToObject } from "./form-data";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/domain/unstorable-text";
import { zodFieldErrors } from "./zod-field-errors";

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
    const locale = await getLocale().catch(() => "zh-CN");
    const say = (zh: string, en: string) => (locale === "en" ? en : zh);
    const actor = (await currentActor()) ?? (definition.duringTwoFactorEnrolment ? await currentEnrollingActor() : null);
    if (!actor) return { ok: false, status: 401, message: say("请先登录。", "Please sign in first.") };
    if (definition.permission !== "signed-in" && !hasPermission(actor, definition.permission)) {
      return { ok: false, status: 403, message: say("您无权执行此操作。", "You are not allowed to do this.") };
    }
    const unstorable = findUnstorableText(input);
    if (unstorable !== null) {
      const message = say(UNSTORABLE_TEXT_MESSAGE.zh, UNSTORABLE_TEXT_MESSAGE.en);
      return { ok: false, status: 400, message, fieldErrors: { [unstorable]: [message] } };
    }
    const parsed = definition.schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) {
      return {
        ok: false,
        status: 400,
        message: say("提交的内容有误，请按提示修改。", "Some of the input is not valid; please correct it."),
        fieldErrors: zodFieldErrors(parsed.error),
      };
    }
    try {
      return { ok: true, data: await definition.run(parsed.data, actor) };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, status: error.status, message: say(error.bilingual.zh, error.bilingual.en), details: error.details };
      }
      console.error("server action failed", error);
      return {
        ok: false,
        status: 500,
        message: say("系统繁忙，请稍后重试。您的数据未被修改。", "Something went wrong; nothing was changed. Please try again."),
      };
    }
  };
}
