import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, pick } from "@/components/review/bilingual";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CLAIM_STANDING_LABELS } from "@/lib/domain/claims/claim-standing";
import { ownClaims } from "@/lib/services/claims/own-claims";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("claims.status"))("pageTitle") };
}

/** The claimant's own claims and where they stand: what an account with no company yet waits for. */
export default async function ClaimStatusPage() {
  const actor = await requirePagePermission("signed-in");
  const [t, locale, claims] = await Promise.all([getTranslations("claims.status"), getLocale(), ownClaims(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("pageTitle")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {claims.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("pageTitle")}>
          <table className="w-full border-collapse text-sm" data-testid="own-claims">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("colFirm")}</th>
                <th className="p-2">{t("colSubmitted")}</th>
                <th className="p-2">{t("colStanding")}</th>
                <th className="p-2">{t("colReason")}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id} className="border-b align-top" data-standing={c.standing}>
                  <td className="p-2">
                    {locale === "en" && c.company.nameEn ? c.company.nameEn : c.company.nameZh}
                    <br />
                    <span className="font-mono text-xs">{c.company.creditCode}</span>
                  </td>
                  <td className="p-2">{formatDate(c.createdAt, locale)}</td>
                  <td className="p-2">{pick(CLAIM_STANDING_LABELS[c.standing], locale)}</td>
                  <td className="p-2">{c.decisionReason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link href="/claim" className="text-brand-700 underline">
          {t("claimAnother")}
        </Link>
      </p>
    </div>
  );
}
