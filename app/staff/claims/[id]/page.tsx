import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, pick } from "@/components/review/bilingual";
import { formatDay, TIER_LABELS } from "@/components/recognitions/labels";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CLAIM_STANDING_LABELS } from "@/lib/domain/claims/claim-standing";
import { DomainError } from "@/lib/errors/domain-error";
import { claimDetail } from "@/lib/services/claims/claim-detail";
import { ClaimDecisionForm } from "./decision-form";

export async function generateMetadata() {
  return { title: (await getTranslations("claims.staff"))("pageTitle") };
}

/** One claim with its proof and the firm's titles, and the decision on it. */
export default async function StaffClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("claim:decide");
  const { id } = await params;
  const detail = await claimDetail(actor, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("claims.staff"), getLocale()]);
  const { claim, proof, titles, actions, firmHasUsers } = detail;
  const proofHref = `/staff/claims/${claim.id}/proof`;
  return (
    <div className="space-y-6">
      <p>
        <Link className="underline" href="/staff/claims">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{t("detailTitle", { name: claim.company.nameZh })}</h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="claim-detail">
        <dt className="text-slate-600">{t("standing")}</dt>
        <dd data-testid="claim-standing">{pick(CLAIM_STANDING_LABELS[claim.standing], locale)}</dd>
        <dt className="text-slate-600">{t("creditCode")}</dt>
        <dd className="font-mono">{claim.company.creditCode}</dd>
        <dt className="text-slate-600">{t("claimant")}</dt>
        <dd>{claim.contactName}</dd>
        <dt className="text-slate-600">{t("email")}</dt>
        <dd>{claim.contactEmail}</dd>
        <dt className="text-slate-600">{t("phone")}</dt>
        <dd>{claim.contactPhone}</dd>
        <dt className="text-slate-600">{t("submitted")}</dt>
        <dd>{formatDate(claim.createdAt, locale, true)}</dd>
        {claim.decidedAt && (
          <>
            <dt className="text-slate-600">{t("decidedOn")}</dt>
            <dd>{formatDate(claim.decidedAt, locale, true)}</dd>
          </>
        )}
        {claim.decisionReason && (
          <>
            <dt className="text-slate-600">{t("decisionReason")}</dt>
            <dd className="whitespace-pre-wrap">{claim.decisionReason}</dd>
          </>
        )}
        <dt className="text-slate-600">{t("proof")}</dt>
        <dd>
          {proof ? (
            <>
              <a href={proofHref} className="text-brand-700 underline" target="_blank" rel="noopener">
                {proof.fileName}
              </a>{" "}
              ·{" "}
              <a href={`${proofHref}?download=1`} className="text-brand-700 underline">
                {t("download")}
              </a>
            </>
          ) : (
            "—"
          )}
        </dd>
      </dl>
      <section aria-labelledby="claim-titles" className="space-y-2">
        <h2 id="claim-titles" className="text-lg font-semibold">
          {t("titles")}
        </h2>
        {titles.length === 0 ? (
          <p className="text-slate-600">{t("noTitles")}</p>
        ) : (
          <ul className="list-disc pl-6 text-sm">
            {titles.map((title) => (
              <li key={title.id}>
                {pick(TIER_LABELS[title.tier], locale)} · <span className="font-mono">{title.certificateNo}</span> · {formatDay(title.validFrom, locale)} –{" "}
                {formatDay(title.validUntil, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {claim.standing === "waiting" && <p className="rounded border border-slate-400 bg-slate-50 p-2">{t("waitingNote")}</p>}
      {actions.length > 0 && firmHasUsers && <p className="rounded border border-slate-400 bg-slate-50 p-2">{t("firmHasUsers")}</p>}
      {actions.length > 0 && <ClaimDecisionForm claimId={claim.id} version={claim.version} />}
    </div>
  );
}
