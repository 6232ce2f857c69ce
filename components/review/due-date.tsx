import { useLocale, useTranslations } from "next-intl";
import type { QueueRow } from "@/lib/services/review/list-queue";
import { formatDate } from "./bilingual";

const TONE = { overdue: "bg-red-100 text-red-900", "due-soon": "bg-amber-100 text-amber-900", "on-time": "bg-green-100 text-green-900" } as const;

/** A file's due date at its level with where it stands in words (the colour only repeats them). */
export function DueDate({ atLevel }: { atLevel: QueueRow["atLevel"] }) {
  const t = useTranslations("review.queue");
  const locale = useLocale();
  if (!atLevel) return <>—</>;
  if (!atLevel.dueOn || !atLevel.state) return <span className="text-slate-600">{t("noDue")}</span>;
  return (
    <span className="flex flex-wrap items-center gap-1">
      <time dateTime={atLevel.dueOn}>{formatDate(atLevel.dueOn, locale)}</time>
      <span className={`rounded px-1.5 py-0.5 text-xs ${TONE[atLevel.state]}`} data-state={atLevel.state}>
        {t(`dueState.${atLevel.state}`)}
      </span>
    </span>
  );
}
