"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { buttonClass, InputField } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { changePasswordAction } from "@/lib/actions/account/password-change";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password", hint: false },
  { name: "password", autoComplete: "new-password", hint: true },
  { name: "passwordConfirm", autoComplete: "new-password", hint: false },
] as const;

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const { result, submit, pending, issue } = useActionForm(changePasswordAction, "account");
  // Every session of the account has ended on the server: the cookie goes too, and the sign-in page says why.
  useEffect(() => {
    if (result?.ok) void signOut({ callbackUrl: "/signin?passwordChanged=1" });
  }, [result]);
  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="change-password-form">
      {FIELDS.map((field) => (
        <InputField
          key={field.name}
          id={`change-${field.name}`}
          label={t(field.name)}
          hint={field.hint ? t("passwordHint") : undefined}
          error={issue(field.name)}
          name={field.name}
          type="password"
          autoComplete={field.autoComplete}
          required
        />
      ))}
      <button type="submit" disabled={pending || result?.ok} className={buttonClass}>
        {pending ? t("saving") : t("submit")}
      </button>
      <div aria-live="polite" aria-atomic="true" data-testid="change-password-result">
        {result?.ok && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
            {t("done")}
          </p>
        )}
        {result && !result.ok && (
          <p role="alert" className="rounded border border-accent-600 bg-red-50 p-2 text-accent-600">
            {result.message}
          </p>
        )}
      </div>
    </form>
  );
}
