"use client";

import { useTranslations } from "next-intl";
import { buttonClass, InputField } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { requestPasswordResetAction } from "@/lib/actions/account/password-reset";

export function RequestResetForm() {
  const t = useTranslations("passwordReset");
  const { result, submit, pending, issue } = useActionForm(requestPasswordResetAction, "passwordReset");
  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="password-reset-request">
      <InputField id="reset-email" label={t("email")} error={issue("email")} name="email" type="email" autoComplete="username" required />
      <button type="submit" disabled={pending} className={`w-full ${buttonClass}`}>
        {pending ? t("sending") : t("requestSubmit")}
      </button>
      <div aria-live="polite" aria-atomic="true" data-testid="password-reset-result">
        {result?.ok && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
            {t("requestSent", { email: result.data.email })}
          </p>
        )}
        {result && !result.ok && (
          <p role="alert" className="rounded border border-accent-600 bg-red-50 p-3 text-accent-600">
            {result.message}
          </p>
        )}
      </div>
    </form>
  );
}
