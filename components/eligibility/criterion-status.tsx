import { useTranslations } from "next-intl";
import type { CriterionResult } from "@/lib/rules";

type State = "passed" | "failed" | "unknown" | "earned" | "none";

/** Scored criteria "pass" by earning points, so they read as earned / no points rather than failed. */
export function criterionState(c: Pick<CriterionResult, "passed" | "maxPoints">): State {
  const scored = c.maxPoints !== null;
  if (c.passed === null) return "unknown";
  if (scored) return c.passed ? "earned" : "none";
  return c.passed ? "passed" : "failed";
}

const STYLE: Record<State, { icon: string; className: string }> = {
  passed: { icon: "✓", className: "text-green-800" },
  earned: { icon: "✓", className: "text-green-800" },
  failed: { icon: "✗", className: "text-red-800" },
  none: { icon: "–", className: "text-slate-700" },
  unknown: { icon: "?", className: "text-amber-800" },
};

/** Icon AND text, so the result never depends on colour alone. */
export function CriterionStatus({ criterion }: { criterion: Pick<CriterionResult, "passed" | "maxPoints"> }) {
  const t = useTranslations("eligibility.panel.status");
  const state = criterionState(criterion);
  const { icon, className } = STYLE[state];
  return (
    <span className={`inline-flex items-center gap-1 font-medium ${className}`} data-status={state}>
      <span aria-hidden="true">{icon}</span>
      {t(state)}
    </span>
  );
}
