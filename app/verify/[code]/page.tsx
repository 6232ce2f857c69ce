import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLang, text } from "@/components/batches/locale";
import { chinaDate } from "@/lib/calendar/today";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { verifyRecognition } from "@/lib/services/register/verify-recognition";

export const dynamic = "force-dynamic";

const VERDICT = { active: "verifyValid", expired: "verifyExpired", revoked: "verifyRevoked", withdrawn: "verifyWithdrawn" } as const;
const STYLE = {
  active: "border-green-700 bg-green-50 text-green-900",
  expired: "border-slate-500 bg-slate-50",
  revoked: "border-accent-600 bg-red-50 text-accent-600",
  withdrawn: "border-slate-500 bg-slate-50",
} as const;

/** What a certificate's QR code opens: the title's status as of today. */
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [t, lang, row] = await Promise.all([getTranslations("register"), currentLang(), verifyRecognition(code)]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("verifyTitle")}</h1>
      {!row ? (
        <p role="status" className="rounded border-2 border-accent-600 p-4" data-testid="verify-verdict">
          {t("verifyUnknown")}
        </p>
      ) : (
        <>
          <p role="status" className={`rounded border-2 p-4 text-lg font-semibold ${STYLE[row.status]}`} data-testid="verify-verdict" data-status={row.status}>
            {t(VERDICT[row.status])}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("colCompany")}</dt>
            <dd>
              <Link href={`/register/companies/${row.creditCode}`} className="text-brand-700 underline">
                {row.companyName}
              </Link>
            </dd>
            <dt className="font-medium">{t("colCode")}</dt>
            <dd className="font-mono">{row.creditCode}</dd>
            <dt className="font-medium">{t("colTier")}</dt>
            <dd>
              {text(TIER_LABELS[row.tier as keyof typeof TIER_LABELS], lang)} ({row.year})
            </dd>
            <dt className="font-medium">{t("certificateNo")}</dt>
            <dd className="font-mono">{row.certificateNo}</dd>
            <dt className="font-medium">{t("colValidity")}</dt>
            <dd>
              {row.validFrom} – {row.validUntil}
            </dd>
          </dl>
          <p className="text-sm text-slate-600">{t("checkedOn", { date: chinaDate() })}</p>
        </>
      )}
      <p>
        <Link href="/verify" className="text-brand-700 underline">
          {t("verifyAnother")}
        </Link>
      </p>
    </div>
  );
}
