"use client";

import { useTranslations } from "next-intl";
import { LiveEligibilityPanel } from "@/components/eligibility/live-eligibility-panel";
import type { Facts, EvaluationContext, RuleSet } from "@/lib/rules";
import type { FactsObject } from "./fact-paths";

export interface EligibilityInputs {
  programmeCode: string;
  ruleSet: RuleSet | null;
  context: EvaluationContext;
  titlesHeld: Facts["titlesHeld"];
}

/**
 * The live eligibility panel beside the form (components/eligibility, shared with the public
 * self-assessment). It evaluates in the browser with the application's own rule set, and with the
 * titles from the register, exactly as submission will.
 */
export function EligibilitySlot({ facts, inputs }: { facts: FactsObject; inputs: EligibilityInputs }) {
  const t = useTranslations("company.form");
  return (
    <aside aria-labelledby="live-eligibility-title" className="space-y-2 rounded border p-3 lg:sticky lg:top-4 lg:self-start" data-testid="eligibility-slot">
      <h2 id="live-eligibility-title" className="font-semibold">
        {t("eligibilityTitle")}
      </h2>
      <LiveEligibilityPanel
        programmeCode={inputs.programmeCode}
        facts={{ ...facts, titlesHeld: inputs.titlesHeld }}
        ruleSet={inputs.ruleSet ?? undefined}
        context={inputs.context}
        headingLevel={3}
      />
    </aside>
  );
}
