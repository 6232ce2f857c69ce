import { useTranslations } from "next-intl";
import type { CriterionResult } from "@/lib/rules";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { CriterionStatus } from "./criterion-status";
import { pickText } from "./pick-text";

interface Row {
  criterion: CriterionResult;
  depth: number;
}

/** Conditions inside all-of / any-of groups are shown under their group, indented. */
function flatten(criteria: readonly CriterionResult[], depth = 0, out: Row[] = []): Row[] {
  for (const criterion of criteria) {
    out.push({ criterion, depth });
    if (criterion.children) flatten(criterion.children, depth + 1, out);
  }
  return out;
}

function rowClass(c: CriterionResult): string {
  if (c.passed === null) return "bg-amber-50";
  if (c.passed === false && c.mandatory) return "bg-red-50";
  return "";
}

function Points({ c }: { c: CriterionResult }) {
  const t = useTranslations("eligibility.panel");
  if (c.maxPoints === null) return <>—</>;
  if (c.points !== null) return <>{t("pointsOf", { points: c.points, max: c.maxPoints })}</>;
  return <>{t("pointsRange", { min: c.pointsMin ?? 0, max: c.pointsMax ?? c.maxPoints, maxPoints: c.maxPoints })}</>;
}

/** One table per section: clause, criterion, value, threshold or band, points, result, explanation. */
export function CriteriaTable({ caption, criteria, locale }: { caption: string; criteria: readonly CriterionResult[]; locale: string }) {
  const t = useTranslations("eligibility.panel");
  const rows = flatten(criteria);
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs text-slate-700">
            <th scope="col" className="py-1 pr-2">
              {t("columns.clause")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("columns.criterion")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("columns.actual")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("columns.threshold")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("columns.points")}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t("columns.status")}
            </th>
            <th scope="col" className="py-1">
              {t("columns.explanation")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={7} className="py-2 text-slate-600">
                {t("noCriteria")}
              </td>
            </tr>
          )}
          {rows.map(({ criterion: c, depth }, index) => (
            <tr
              key={`${c.id}-${index}`}
              className={`border-b border-slate-100 align-top ${rowClass(c)}`}
              data-testid={`criterion-${c.id}`}
              data-status={c.passed === null ? "unknown" : c.passed ? "passed" : "failed"}
            >
              <td className="py-1 pr-2 text-xs text-slate-600">{c.clause}</td>
              <th scope="row" className="py-1 pr-2 font-normal" style={depth > 0 ? { paddingLeft: `${depth * 1.25}rem` } : undefined}>
                {pickText(c.title, locale)}
                {c.mandatory && depth === 0 && <span className="ml-1 text-xs text-slate-600">({t("mandatory")})</span>}
                {c.unconfirmed && <span className="ml-1 text-xs text-amber-800">({t("unconfirmed")})</span>}
              </th>
              <td className="py-1 pr-2 tabular-nums">
                {c.actual ? pickText(c.actual, locale) : c.missing.length > 0 ? <span className="text-amber-800">{t("notReported")}</span> : "—"}
              </td>
              <td className="py-1 pr-2">
                {c.threshold ? pickText(c.threshold, locale) : "—"}
                {c.band && <span className="block text-xs text-slate-600">{pickText(c.band, locale)}</span>}
              </td>
              <td className="py-1 pr-2 tabular-nums">
                <Points c={c} />
              </td>
              <td className="py-1 pr-2">
                <CriterionStatus criterion={c} />
              </td>
              <td className="py-1 text-slate-700">{pickText(c.explanation, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
