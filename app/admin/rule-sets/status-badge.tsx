import { useTranslations } from "next-intl";
import type { DisplayStatus } from "@/lib/domain/rule-sets/rule-set-status";

const STYLE: Record<DisplayStatus, string> = {
  draft: "border-amber-600 bg-amber-50 text-amber-900",
  scheduled: "border-brand-600 bg-brand-50 text-brand-800",
  "in-force": "border-green-700 bg-green-50 text-green-900",
  retired: "border-slate-400 bg-slate-100 text-slate-700",
};

export function RuleSetStatusBadge({ status }: { status: DisplayStatus }) {
  const t = useTranslations("ruleSets.status");
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${STYLE[status]}`} data-testid="rule-set-status" data-status={status}>
      {t(status)}
    </span>
  );
}
