import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/domain/unstorable-text";
import type { ActionResult } from "./action-result";
import { formDataToObject } from "./form-data";
import { zodFieldErrors } from "./zod-field-errors";

/** Picks the caller's language for a message (the page's locale, Chinese when there is none). */
export async function localSay(): Promise<(zh: string, en: string) => string> {
  const locale = await getLocale().catch(() => "zh-CN");
  return (zh, en) => (locale === "en" ? en : zh);
}

/**
 * The steps every action shares once the caller is let through: refuse text the database cannot
 * store → parse with the schema → run the service → a result the form shows. A DomainError is an
 * expected outcome (its field, when it names one, gets the message); anything else is logged and
 * reported without internals.
 */
export async function parseAndRun<S extends z.ZodType, T>(
  input: FormData | unknown,
  schema: S,
  run: (parsed: z.infer<S>) => Promise<T>,
  say: (zh: string, en: string) => string,
): Promise<ActionResult<T>> {
  const unstorable = findUnstorableText(input);
  if (unstorable !== null) {
    const message = say(UNSTORABLE_TEXT_MESSAGE.zh, UNSTORABLE_TEXT_MESSAGE.en);
    return { ok: false, status: 400, message, fieldErrors: { [unstorable]: [message] } };
  }
  const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      message: say("提交的内容有误，请按提示修改。", "Some of the input is not valid; please correct it."),
      fieldErrors: zodFieldErrors(parsed.error),
    };
  }
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) {
      const field = typeof error.details.field === "string" ? error.details.field : undefined;
      const message = say(error.bilingual.zh, error.bilingual.en);
      return { ok: false, status: error.status, message, fieldErrors: field ? { [field]: [message] } : undefined, details: error.details };
    }
    console.error("server action failed", error);
    return {
      ok: false,
      status: 500,
      message: say("系统繁忙，请稍后重试。您的数据未被修改。", "Something went wrong; nothing was changed. Please try again."),
    };
  }
}
