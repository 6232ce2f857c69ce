import { useTranslations } from "next-intl";
import type { Outcome } from "@/lib/rules";

const STYLE: Record<Outcome, { icon: string; className: string }> = {
  eligible: { icon: "✓", className: "border-green-700 bg-green-50 text-green-900" },
  "not-eligible": { icon: "✗", className: "border-red-700 bg-red-50 text-red-900" },
  incomplete: { icon: "?", className: "border-amber-600 bg-amber-50 text-amber-900" },
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const t = useTranslations("eligibility.panel.outcome");
  const { icon, className } = STYLE[outcome];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${className}`}
      data-testid="outcome-badge"
      data-outcome={outcome}
    >
      <span aria-hidden="true">{icon}</span>
      {t(outcome)}
    </span>
  );
}
