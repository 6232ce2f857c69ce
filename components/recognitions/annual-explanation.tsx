import type { AnnualExplanation } from "@/lib/domain/annual-reports/annual-verdict";
import { pick } from "./labels";

const WORDS = {
  criterion: { zh: "条件", en: "Condition" },
  actual: { zh: "报送值", en: "Reported" },
  required: { zh: "要求", en: "Required" },
  why: { zh: "说明", en: "Explanation" },
  ruleSet: { zh: "适用规则", en: "Rule set" },
  year: { zh: "数据年度", en: "Data year" },
} as const;

// "60 / 60" read as a full score; the second number is the pass mark, so it says so.
const scoreText = (total: number, passMark: number, locale: string) =>
  pick({ zh: `评价得分 ${total} 分（达标线 ${passMark} 分）`, en: `score ${total} (pass mark ${passMark})` }, locale);

/**
 * The verdict on one year's data, criterion by criterion: what was reported, what the rule set
 * the title was granted under requires, and why it fails. Plain markup, usable anywhere.
 */
export function AnnualExplanationView({ explanation, locale, testId }: { explanation: AnnualExplanation; locale: string; testId?: string }) {
  return (
    <div className="space-y-2" data-testid={testId}>
      <p className="text-sm text-slate-700">
        {pick(WORDS.year, locale)} {explanation.dataYear} · {pick(WORDS.ruleSet, locale)} {explanation.ruleSet.code} ({explanation.ruleSet.version})
        {explanation.score && (
          <>
            {" · "}
            {scoreText(explanation.score.total, explanation.score.passMark, locale)}
          </>
        )}
      </p>
      <p>{pick(explanation.summary, locale)}</p>
      {explanation.failed.length > 0 && (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{pick(WORDS.criterion, locale)}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">
                {pick(WORDS.criterion, locale)}
              </th>
              <th scope="col" className="py-1 pr-2">
                {pick(WORDS.actual, locale)}
              </th>
              <th scope="col" className="py-1 pr-2">
                {pick(WORDS.required, locale)}
              </th>
              <th scope="col" className="py-1">
                {pick(WORDS.why, locale)}
              </th>
            </tr>
          </thead>
          <tbody>
            {explanation.failed.map((criterion) => (
              <tr key={criterion.id} className="border-b border-slate-200 align-top" data-criterion={criterion.id}>
                <th scope="row" className="py-1 pr-2 text-left font-medium">
                  {pick(criterion.title, locale)}
                  {criterion.clause && <span className="block text-xs font-normal text-slate-500">{criterion.clause}</span>}
                </th>
                <td className="py-1 pr-2">{criterion.actual ? pick(criterion.actual, locale) : "—"}</td>
                <td className="py-1 pr-2">{criterion.threshold ? pick(criterion.threshold, locale) : "—"}</td>
                <td className="py-1">{pick(criterion.explanation, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
