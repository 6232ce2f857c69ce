"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { DomainError } from "@/lib/errors/domain-error";
import { registerCompany } from "@/lib/services/signup/register-company";
import { signupSchema } from "@/lib/domain/signup/signup-schema";
import { signupThrottled } from "@/lib/services/signup/signup-throttle";
import type { ActionResult } from "../action-result";
import { formDataToObject } from "../form-data";
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/domain/unstorable-text";
import { clientAddress } from "./client-address";

/**
 * Company sign-up. It cannot use defineAction, which requires a session: here there is none
 * yet. The same steps otherwise: throttle → parse → service → a result the form shows.
 */
export async function registerCompanyAction(input: FormData | unknown): Promise<ActionResult<{ email: string }>> {
  const [locale, t] = await Promise.all([getLocale().catch(() => "zh-CN"), getTranslations("signup")]);
  const say = (text: { zh: string; en: string }) => (locale === "en" ? text.en : text.zh);
  if (await signupThrottled(await clientAddress())) return { ok: false, status: 400, message: t("throttled") };

  const unstorable = findUnstorableText(input);
  if (unstorable !== null)
    return { ok: false, status: 400, message: say(UNSTORABLE_TEXT_MESSAGE), fieldErrors: { [unstorable]: [say(UNSTORABLE_TEXT_MESSAGE)] } };

  const parsed = signupSchema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".");
      const known = t.has(`errors.${issue.message}`) ? t(`errors.${issue.message}`) : t("errors.invalid");
      (fieldErrors[key] ??= []).push(known);
    }
    return { ok: false, status: 400, message: t("fixErrors"), fieldErrors };
  }
  try {
    const created = await registerCompany(parsed.data);
    return { ok: true, data: { email: created.email } };
  } catch (error) {
    if (error instanceof DomainError) {
      const field = typeof error.details.field === "string" ? error.details.field : undefined;
      return {
        ok: false,
        status: error.status,
        message: say(error.bilingual),
        fieldErrors: field ? { [field]: [say(error.bilingual)] } : undefined,
        details: error.details,
      };
    }
    console.error("company sign-up failed", error);
    return { ok: false, status: 500, message: t("failed") };
  }
}
