"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass, InputField, ResultMessage } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { acceptInvitationAction } from "@/lib/actions/account/accept-invitation";

/** The new password twice; the link's secret travels in a hidden field, never in a query string. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("accounts.invitation");
  const { result, submit, pending, issue } = useActionForm(acceptInvitationAction, "accounts");
  if (result?.ok)
    return (
      <div className="space-y-3" data-testid="invitation-accepted">
        <ResultMessage result={result} success={t("done", { email })} />
        <Link href="/signin" className={`inline-block ${buttonClass}`}>
          {t("signIn")}
        </Link>
      </div>
    );
  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={t("title")}>
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <InputField
        id="invitation-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={issue("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
      />
      <InputField id="invitation-confirm" label={t("confirm")} error={issue("confirm")} name="confirm" type="password" autoComplete="new-password" required />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("submit")}
      </button>
      <ResultMessage result={result} success="" testId="invitation-result" />
    </form>
  );
}
