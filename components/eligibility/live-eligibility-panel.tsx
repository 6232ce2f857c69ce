"use client";

import { useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { InvalidField } from "@/lib/api/eligibility-contract";
import { compileRuleSet, evaluate, type EvaluationResult, factsSchema, type EvaluationContext, type RuleSet } from "@/lib/rules";
import { EvaluationPanel } from "./evaluation-panel";
import { factLabel } from "./fact-label";
import type { HeadingLevel } from "./heading";
import { issuesOf } from "@/lib/api/invalid-fields";
import { requestEvaluation } from "./request-evaluation";

export interface LiveEligibilityPanelProps {
  programmeCode: string;
  /** The facts as the form holds them now (anything; they are validated before evaluating). */
  facts: unknown;
  /**
   * With the rule set and context the evaluation runs in the browser with the pure engine (no
   * round trip per keystroke); without them it asks POST /api/v1/eligibility/{programmeCode}.
   */
  ruleSet?: RuleSet;
  context?: EvaluationContext;
  debounceMs?: number;
  heading?: string;
  headingLevel?: HeadingLevel;
}

type State =
  | { kind: "waiting" }
  | { kind: "ok"; result: EvaluationResult }
  | { kind: "invalid"; issues: InvalidField[]; last: EvaluationResult | null }
  | { kind: "error"; message: string; last: EvaluationResult | null };

const lastOf = (s: State) => (s.kind === "ok" ? s.result : s.kind === "waiting" ? null : s.last);

/** The evaluation beside a form, following the figures as they are typed (debounced). */
export function LiveEligibilityPanel({ programmeCode, facts, ruleSet, context, debounceMs = 300, heading, headingLevel = 2 }: LiveEligibilityPanelProps) {
  const t = useTranslations("eligibility.live");
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: "waiting" });
  // Re-run only when the figures change, not when the parent re-renders with a new object.
  const factsKey = JSON.stringify(facts ?? {});
  const compiled = useMemo(() => (ruleSet ? compileRuleSet(ruleSet) : null), [ruleSet]);
  const asOf = context?.asOf;
  const applicationYear = context?.applicationYear;
  // "Updating" shows from the render that asks for a new answer (not from an effect after it).
  const [pending, setPending] = useState(true);
  const request = JSON.stringify([programmeCode, factsKey, asOf, applicationYear]);
  const [requested, setRequested] = useState(request);
  if (request !== requested) {
    setRequested(request);
    setPending(true);
  }

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const current: unknown = JSON.parse(factsKey);
      if (compiled && asOf && applicationYear) {
        const parsed = factsSchema.safeParse(current);
        setState((s) =>
          parsed.success
            ? { kind: "ok", result: evaluate(compiled, parsed.data, { asOf, applicationYear }) }
            : { kind: "invalid", issues: issuesOf(parsed.error), last: lastOf(s) },
        );
        setPending(false);
        return;
      }
      try {
        const answer = await requestEvaluation(programmeCode, current, controller.signal);
        if (controller.signal.aborted) return;
        if (answer.ok) setState({ kind: "ok", result: answer.data.evaluation });
        else if (answer.status === 400 && answer.error?.issues) {
          const issues = answer.error.issues;
          setState((s) => ({ kind: "invalid", issues, last: lastOf(s) }));
        } else {
          const message = answer.error ? (locale === "en" ? answer.error.message.en : answer.error.message.zh) : t("error");
          setState((s) => ({ kind: "error", message, last: lastOf(s) }));
        }
      } catch {
        if (controller.signal.aborted) return;
        setState((s) => ({ kind: "error", message: t("error"), last: lastOf(s) }));
      }
      setPending(false);
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [programmeCode, factsKey, compiled, asOf, applicationYear, debounceMs, locale, t]);

  const shown = lastOf(state);
  return (
    <div className="space-y-3" data-testid="live-eligibility" aria-busy={pending}>
      <p className="h-5 text-xs text-slate-600" data-testid="live-status" data-pending={pending}>
        {pending ? t("updating") : ""}
      </p>
      {state.kind === "invalid" && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="live-invalid">
          <p className="font-medium">{t("invalid")}</p>
          <ul className="mt-1 list-disc pl-5">
            {state.issues.map((issue) => (
              <li key={`${issue.path}-${issue.code}`}>
                {issue.path ? factLabel(issue.path, locale) : t("body")}: {locale === "en" ? issue.message : issue.messageZh}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === "error" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm">
          {state.message}
        </p>
      )}
      {shown ? (
        <EvaluationPanel result={shown} locale={locale} heading={heading} headingLevel={headingLevel} />
      ) : (
        <p className="text-sm text-slate-600">{t("waiting")}</p>
      )}
    </div>
  );
}
