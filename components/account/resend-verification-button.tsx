"use client";

import { useTranslations } from "next-intl";
import { buttonClass, ResultMessage } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { resendVerificationAction } from "@/lib/actions/account/verify-email";

export function ResendVerificationButton() {
  const t = useTranslations("account.verification");
  const { result, submit, pending } = useActionForm(resendVerificationAction, "account");
  return (
    <form onSubmit={submit} className="space-y-2">
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("sending") : t("resend")}
      </button>
      <ResultMessage result={result} success={t("resent")} testId="resend-verification-result" />
    </form>
  );
}
