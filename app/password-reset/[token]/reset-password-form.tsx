"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass, InputField } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { resetPasswordAction } from "@/lib/actions/account/password-reset";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("passwordReset");
  const { result, submit, pending, issue } = useActionForm(resetPasswordAction, "passwordReset");
  if (result?.ok) {
    return (
      <div className="space-y-4" aria-live="polite">
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900" data-testid="password-reset-done">
          {t("resetDone")}
        </p>
        <Link href="/signin" className="text-brand-700 underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="password-reset-form">
      <input type="hidden" name="token" value={token} />
      <InputField
        id="reset-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={issue("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
      />
      <InputField
        id="reset-password-confirm"
        label={t("passwordConfirm")}
        error={issue("passwordConfirm")}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
      />
      <button type="submit" disabled={pending} className={`w-full ${buttonClass}`}>
        {pending ? t("saving") : t("resetSubmit")}
      </button>
      <div aria-live="polite" aria-atomic="true" data-testid="password-reset-result">
        {result && !result.ok && (
          <p role="alert" className="rounded border border-accent-600 bg-red-50 p-3 text-accent-600">
            {result.message}
          </p>
        )}
      </div>
    </form>
  );
}
