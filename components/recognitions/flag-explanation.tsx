import type { FlagReason } from "@/lib/domain/recognitions/flag-reason";
import { AnnualExplanationView } from "./annual-explanation";
import { formatDay, formatInstant, pick } from "./labels";

const WORDS = {
  title: { zh: "关注原因", en: "Why it is flagged" },
  since: { zh: "标记时间", en: "Flagged on" },
  criteria: { zh: "年度数据不再符合认定条件", en: "Annual data no longer meet the conditions" },
  missed: { zh: "未按期报送年度数据", en: "Annual data not submitted by the deadline" },
  moved: { zh: "企业迁往外省，需由迁入地重新核实", en: "The firm moved to another province, which checks the title again" },
  movedBody: { zh: "迁移生效日期：{date}。", en: "The move took effect on {date}." },
  missedBody: {
    zh: "报送期限为{deadline}，已丧失复核资格。",
    en: "The deadline was {deadline}; the title has lost its right to re-review.",
  },
} as const;

/** Every reason a title is flagged, each with its explanation. */
export function FlagExplanation({ reason, since, locale }: { reason: FlagReason; since: Date; locale: string }) {
  return (
    <section aria-labelledby="flag-title" className="space-y-3 rounded border border-amber-600 bg-amber-50 p-4" data-testid="flag-explanation">
      <h2 id="flag-title" className="text-lg font-semibold">
        {pick(WORDS.title, locale)}
      </h2>
      <p className="text-sm text-slate-700">
        {pick(WORDS.since, locale)} {formatInstant(since, locale)}
      </p>
      {reason.items.map((item) =>
        item.kind === "criteria-not-met" ? (
          <div key={`${item.kind}-${item.dataYear}`} className="space-y-1">
            <h3 className="font-medium">
              {item.dataYear} · {pick(WORDS.criteria, locale)}
            </h3>
            <AnnualExplanationView explanation={item} locale={locale} />
          </div>
        ) : item.kind === "moved-province" ? (
          <div key={`${item.kind}-${item.changeReportId}`}>
            <h3 className="font-medium">{pick(WORDS.moved, locale)}</h3>
            <p>{pick(WORDS.movedBody, locale).replace("{date}", formatDay(item.effectiveOn, locale))}</p>
          </div>
        ) : (
          <div key={`${item.kind}-${item.dataYear}`}>
            <h3 className="font-medium">
              {item.dataYear} · {pick(WORDS.missed, locale)}
            </h3>
            <p>{pick(WORDS.missedBody, locale).replace("{deadline}", formatDay(item.deadline, locale))}</p>
          </div>
        ),
      )}
    </section>
  );
}
