"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * A form posting to a server action made with defineAction: the last result, the dispatcher for
 * <form action>, whether it is pending, and each field's issue in words (the schemas send codes
 * such as "required", keys of `<namespace>.issues`; a service's refusal tied to a field arrives
 * as `details.field`, already in words).
 */
export function useActionForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  namespace: "recognitions" | "changeReports" | "companyProfile" | "passwordReset" | "account" | "accounts" | "claims" | "colleagues" = "recognitions",
) {
  const t = useTranslations(`${namespace}.issues`);
  const [result, dispatch, pending] = useActionState(async (_previous: ActionResult<T> | null, form: FormData) => action(form), null);
  const issue = (field: string): string | undefined => {
    if (!result || result.ok) return undefined;
    if (result.details?.field === field) return result.message;
    const code = result.fieldErrors?.[field]?.[0];
    if (!code) return undefined;
    return t.has(code) ? t(code) : t("invalid");
  };
  return { result, dispatch, pending, issue };
}
