import { useLocale, useTranslations } from "next-intl";
import type { DueStanding } from "@/lib/domain/review-timing/level-timing";
import { formatDate } from "./bilingual";

const TONE = { overdue: "bg-red-100 text-red-900", "due-soon": "bg-amber-100 text-amber-900", "on-time": "bg-green-100 text-green-900" } as const;

/** A due date (a file's at its level, an expert's review) with where it stands in words (the colour only repeats them). */
export function DueDate({ due }: { due: DueStanding | null }) {
  const t = useTranslations("review.queue");
  const locale = useLocale();
  if (!due) return <>—</>;
  if (!due.dueOn || !due.state) return <span className="text-slate-600">{t("noDue")}</span>;
  return (
    <span className="flex flex-wrap items-center gap-1">
      <time dateTime={due.dueOn}>{formatDate(due.dueOn, locale)}</time>
      <span className={`rounded px-1.5 py-0.5 text-xs ${TONE[due.state]}`} data-state={due.state}>
        {t(`dueState.${due.state}`)}
      </span>
    </span>
  );
}
