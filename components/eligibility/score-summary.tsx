import { useTranslations } from "next-intl";
import type { ScoreResult } from "@/lib/rules";
import { pickText } from "./pick-text";
import { ScoreBar } from "./score-bar";
import { Heading, type HeadingLevel } from "./heading";

/** Total score against the pass mark, then each block against its maximum and minimum. */
export function ScoreSummary({ score, locale, headingId, level }: { score: ScoreResult; locale: string; headingId: string; level: HeadingLevel }) {
  const t = useTranslations("eligibility.panel");
  const range = score.totalPossible > score.total;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <Heading level={level} id={headingId} className="font-semibold">
        {t("score")}
      </Heading>
      <div className="space-y-1">
        <p className="text-sm" data-testid="total-score">
          <span className="font-medium">{t("totalScore")}: </span>
          {range
            ? t("scoreRange", { total: score.total, possible: score.totalPossible, max: score.max, passMark: score.passMark })
            : t("scoreOf", { total: score.total, max: score.max, passMark: score.passMark })}
        </p>
        <ScoreBar label={t("totalScore")} value={score.total} possible={score.totalPossible} max={score.max} mark={score.passMark} />
      </div>
      {score.blocks.length > 0 && (
        <ul className="grid gap-2 sm:grid-cols-2" aria-label={t("blocks")}>
          {score.blocks.map((block) => {
            const title = pickText(block.title, locale);
            const failing = block.passed === false;
            return (
              <li
                key={block.id}
                className={`space-y-1 rounded border p-2 text-sm ${failing ? "border-red-300 bg-red-50" : "border-slate-200"}`}
                data-testid={`block-${block.id}`}
              >
                <p className="flex justify-between gap-2">
                  <span className="font-medium">{title}</span>
                  <span className="tabular-nums">
                    {block.pointsPossible > block.points
                      ? t("blockScoreRange", { points: block.points, possible: block.pointsPossible, max: block.max })
                      : t("blockScore", { points: block.points, max: block.max })}
                    {block.minimum > 0 && <span className="text-slate-600"> · {t("blockMinimum", { minimum: block.minimum })}</span>}
                  </span>
                </p>
                <ScoreBar label={title} value={block.points} possible={block.pointsPossible} max={block.max} mark={block.minimum > 0 ? block.minimum : null} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
