import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestResetForm } from "./request-reset-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("requestTitle") };
}

/** "Forgot password": the answer is the same for every address (lib/services/accounts/password-reset.ts). */
export default async function PasswordResetRequestPage() {
  const t = await getTranslations("passwordReset");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold" data-testid="page-title">
        {t("requestTitle")}
      </h1>
      <p className="text-slate-700">{t("requestLead")}</p>
      <RequestResetForm />
      <p>
        <Link href="/signin" className="text-brand-700 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
