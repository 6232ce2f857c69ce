import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { TOKEN_REFUSALS } from "@/lib/domain/accounts/account-token";
import { verifyEmailByLink } from "@/lib/services/accounts/email-verification";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.verification"))("pageTitle") };
}

/** The link from the sign-up email: opening it verifies the address (the link is the proof). */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t, locale, actor] = await Promise.all([params, getTranslations("account.verification"), getLocale(), currentActor()]);
  const result = await verifyEmailByLink(token);
  const next = actor ? { href: HOME_BY_ROLE[actor.role], label: t("toHome") } : { href: "/signin", label: t("signIn") };
  const refused = result.outcome === "refused";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold" data-testid="page-title">
        {refused ? t("refusedTitle") : t("pageTitle")}
      </h1>
      {result.outcome === "refused" ? (
        <div
          role="alert"
          className="space-y-2 rounded border border-accent-600 bg-red-50 p-3 text-accent-600"
          data-testid="verification-result"
          data-outcome="refused"
        >
          <p>{locale === "en" ? TOKEN_REFUSALS[result.verdict].en : TOKEN_REFUSALS[result.verdict].zh}</p>
          <p>{t("refusedHint")}</p>
        </div>
      ) : (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 p-3 text-green-900"
          data-testid="verification-result"
          data-outcome={result.outcome}
        >
          {result.outcome === "verified" ? t("verified") : t("alreadyVerified")}
        </p>
      )}
      <p>
        <Link href={next.href} className="text-brand-700 underline">
          {next.label}
        </Link>
      </p>
    </div>
  );
}
