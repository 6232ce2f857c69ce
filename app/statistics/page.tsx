import { getTranslations } from "next-intl/server";
import { currentLang, text } from "@/components/batches/locale";
import { StatisticsChart } from "@/components/register/statistics-chart";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { registerStatistics } from "@/lib/services/register/statistics";
import { DB_TIERS } from "@/lib/domain/tier";

export const dynamic = "force-dynamic";

const TIER_COLORS = { innovative: "#4f8fd6", specialized: "#1f5fa8", little_giant: "#b3261e" } as const;

export default async function StatisticsPage() {
  const [t, lang, stats] = await Promise.all([getTranslations("register"), currentLang(), registerStatistics()]);
  const count = [{ key: "count", label: t("count"), color: "#1f5fa8" }];
  const rows = (list: { label: { zh: string; en: string }; count: number }[]) => list.map((r) => ({ label: text(r.label, lang), count: r.count }));
  const tierSeries = DB_TIERS.map((tier) => ({ key: tier, label: text(TIER_LABELS[tier], lang), color: TIER_COLORS[tier] }));
  const chart = (name: string) => ({ category: t("label"), table: t("tableOf", { name }) });
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t("statisticsTitle")}</h1>
        <p className="text-slate-700">{t("statisticsIntro")}</p>
      </div>
      <StatisticsChart title={t("byYear")} data={stats.byYear.map((y) => ({ ...y, label: String(y.year) }))} series={tierSeries} labels={chart(t("byYear"))} />
      <StatisticsChart title={t("byTier")} data={rows(stats.byTier)} series={count} labels={chart(t("byTier"))} />
      <StatisticsChart title={t("byProvince")} data={rows(stats.byProvince)} series={count} labels={chart(t("byProvince"))} horizontal />
      <StatisticsChart title={t("byIndustry")} data={rows(stats.byIndustry.slice(0, 15))} series={count} labels={chart(t("byIndustry"))} horizontal />
    </div>
  );
}
