import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TOKEN_REFUSALS } from "@/lib/domain/accounts/account-token";
import { inspectPasswordResetLink } from "@/lib/services/accounts/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("resetTitle") };
}

/**
 * The emailed link: the form for the new password while the link is good, otherwise what is wrong
 * with it and where to ask for a new one. Opening the page does not spend the link.
 */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t, locale] = await Promise.all([params, getTranslations("passwordReset"), getLocale()]);
  const verdict = await inspectPasswordResetLink(token);
  if (verdict !== "valid") {
    const refusal = TOKEN_REFUSALS[verdict];
    return (
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-2xl font-bold" data-testid="page-title">
          {t("refusedTitle")}
        </h1>
        <p role="alert" className="rounded border border-accent-600 bg-red-50 p-3 text-accent-600" data-testid="token-refused" data-verdict={verdict}>
          {locale === "en" ? refusal.en : refusal.zh}
        </p>
        <p>
          <Link href="/password-reset" className="text-brand-700 underline">
            {t("requestAgain")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold" data-testid="page-title">
        {t("resetTitle")}
      </h1>
      <p className="text-slate-700">{t("resetLead")}</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
