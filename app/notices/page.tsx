import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLang, text } from "@/components/batches/locale";
import { listPublicNotices } from "@/lib/services/batches/public-notices";
import { isoOf } from "@/lib/calendar/today";
import { AUTHORITY_MIIT, TIER_LABELS } from "@/lib/domain/register/labels";
import { regionNames } from "@/lib/services/register/register-rows";

export const dynamic = "force-dynamic";

export default async function NoticesPage() {
  const [t, lang, notices] = await Promise.all([getTranslations("batches"), currentLang(), listPublicNotices()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t("notices")}</h1>
        <p className="text-slate-700">{t("noticesIntro")}</p>
      </div>
      {notices.length === 0 ? (
        <p>{t("noticesNone")}</p>
      ) : (
        <ul className="space-y-3">
          {notices.map((n) => (
            <li key={n.id} className="rounded border border-slate-300 p-4">
              <Link href={`/notices/${n.id}`} className="text-lg font-medium text-brand-700 underline">
                {lang === "en" ? n.titleEn : n.titleZh}
              </Link>
              <p className="text-sm text-slate-700">
                {text(n.authorityCode ? regionNames(n.authorityCode) : AUTHORITY_MIIT, lang)} · {text(TIER_LABELS[n.tier], lang)} · {n.year} ·{" "}
                {t("firmsOnNotice", { count: n._count.entries })}
              </p>
              {n.noticeStart && n.noticeEnd && (
                <p className="text-sm">
                  {t("noticePeriod", { start: isoOf(n.noticeStart), end: isoOf(n.noticeEnd) })} · {n.open ? t("noticeOpen") : t("noticeNotOpen")}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
