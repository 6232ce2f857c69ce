"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { formDataToObject } from "@/lib/actions/form-data";
import { zodFieldErrors } from "@/lib/actions/zod-field-errors";
import type { ApplicationSection } from "@/lib/application/sections";
import {
  decisionInputSchemaFor,
  DECISION_REQUIREMENTS,
  REASON_MAX_LENGTH,
  REQUIRED,
  type DecisionAction,
  type DecisionRequirements,
} from "@/lib/review/decision-input";
import type { DecisionOutcome } from "@/lib/services/applications/decide-application";
import type { ApprovalGates } from "@/lib/services/review/application-for-review";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
import type { ApproveKind } from "./approve-kind";
import { pick } from "./bilingual";
import { describedBy, FieldError } from "./field-error";
import { schemaIssue, serviceIssue } from "./form-result";
import { SectionCheckboxes } from "./section-checkboxes";

export type DecideAction = (input: FormData) => Promise<ActionResult<DecisionOutcome>>;

type Field = "action" | "reason" | "sections";

const NO_GATES: ApprovalGates = { expertsOutstanding: null, overrideNotEligible: false };

/**
 * An official's decision on one file: only the actions the state machine allows this official
 * now, with a reason (required to return or reject, and to approve a file the rules judge not
 * eligible) and, to return, the sections to correct. Before the official submits, the form says
 * which gate stands in the way of approving. The schema built from this file's requirements
 * checks the input first; the server checks it again, with the version the official saw, and a
 * file changed meanwhile comes back as a conflict to reload.
 */
export function DecisionForm({
  applicationId,
  version,
  allowed,
  approveKind,
  requirements = DECISION_REQUIREMENTS,
  approval = NO_GATES,
  action,
}: {
  applicationId: string;
  version: number;
  allowed: readonly DecisionAction[];
  approveKind: ApproveKind;
  /** This file's requirements per decision (from the state machine); the general ones by default. */
  requirements?: DecisionRequirements;
  approval?: ApprovalGates;
  action: DecideAction;
}) {
  const t = useTranslations("review.decision");
  const tDetail = useTranslations("review.detail");
  const locale = useLocale();
  const [choice, setChoice] = useState<DecisionAction | null>(null);
  const [reason, setReason] = useState("");
  const [sections, setSections] = useState<ApplicationSection[]>([]);
  const [result, submit, pending] = useActionState<ActionResult<DecisionOutcome> | null, FormData>(async (_previous, form) => {
    // The shared schema points at a missing reason before a round trip.
    const parsed = decisionInputSchemaFor(requirements).safeParse(formDataToObject(form));
    if (!parsed.success) return { ok: false, status: 400, message: t("invalid"), fieldErrors: zodFieldErrors(parsed.error) };
    const outcome = await action(form);
    if (outcome.ok) {
      setChoice(null);
      setReason("");
      setSections([]);
    }
    return outcome;
  }, null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Submitted by hand, not as the form's action, so React does not reset what was typed when
    // the server sends the form back with errors.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  const errorFor = (field: Field): string | undefined => {
    const issue = schemaIssue(result, field);
    if (issue === REQUIRED && field === "reason" && overriding) return t("overrideReasonRequired");
    if (issue) return issue === REQUIRED || field !== "reason" ? t(`${field}Required`) : t("reasonTooLong");
    return serviceIssue(result, field);
  };
  const overriding = choice === "approve" && approval.overrideNotEligible;
  const reasonRequired = choice !== null && requirements[choice].includes("reason");
  const errors = { action: errorFor("action"), reason: errorFor("reason"), sections: errorFor("sections") };
  const outstanding = approval.expertsOutstanding;
  const conflict = result && !result.ok && result.status === 409;
  const label = (decision: DecisionAction) => (decision === "approve" ? t(`approve-${approveKind}`) : t(decision));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="decision-form" aria-describedby="decision-result">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      {(outstanding || approval.overrideNotEligible) && (
        <div className="space-y-2" data-testid="decision-gates">
          {outstanding && (
            <p className="rounded border border-amber-700 bg-amber-50 p-2 text-amber-900" data-testid="gate-experts">
              {t("expertsOutstanding", { outstanding: outstanding.assigned - outstanding.submitted, assigned: outstanding.assigned })}
            </p>
          )}
          {approval.overrideNotEligible && (
            <p id="decision-override-note" className="rounded border border-amber-700 bg-amber-50 p-2 text-amber-900" data-testid="gate-override">
              {t("overrideNotEligible")}
            </p>
          )}
        </div>
      )}
      {allowed.length === 0 ? (
        <p className="text-slate-600" data-testid="no-actions">
          {tDetail("noActions")}
        </p>
      ) : (
        <>
          <fieldset
            className="space-y-1"
            aria-invalid={errors.action ? true : undefined}
            aria-describedby={describedBy(errors.action && "decision-action-error")}
          >
            <legend className="font-medium">{t("legend")}</legend>
            {allowed.map((decision) => (
              <label key={decision} className="flex items-center gap-2">
                <input type="radio" name="action" value={decision} checked={choice === decision} onChange={() => setChoice(decision)} className="h-4 w-4" />
                {label(decision)}
              </label>
            ))}
            <FieldError id="decision-action-error" message={errors.action} />
          </fieldset>
          <div className="space-y-1">
            <div className="flex items-baseline gap-1">
              <label htmlFor="decision-reason" className="font-medium">
                {t("reason")}
              </label>
              {/* Screen readers hear "required" from aria-required on the field itself. */}
              {reasonRequired && (
                <span aria-hidden="true" className="text-slate-700" data-testid="reason-required">
                  {t("requiredMark")}
                </span>
              )}
            </div>
            <p id="decision-reason-hint" className="text-sm text-slate-600">
              {t("reasonHint")}
            </p>
            <textarea
              id="decision-reason"
              name="reason"
              rows={4}
              maxLength={REASON_MAX_LENGTH}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={errors.reason ? true : undefined}
              aria-required={reasonRequired ? true : undefined}
              aria-describedby={describedBy("decision-reason-hint", overriding && "decision-override-note", errors.reason && "decision-reason-error")}
              className="w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-accent-600"
            />
            <FieldError id="decision-reason-error" message={errors.reason} />
          </div>
          {choice === "return" && (
            <SectionCheckboxes
              idPrefix="decision"
              legend={t("sections")}
              hint={t("sectionsHint")}
              error={errors.sections}
              selected={sections}
              onChange={setSections}
            />
          )}
          <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {pending ? t("submitting") : t("submit")}
          </button>
        </>
      )}
      <div aria-live="polite" aria-atomic="true" id="decision-result" data-testid="decision-result">
        {result?.ok && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
            {t("done", { status: pick(APPLICATION_STATUS_LABELS[result.data.to], locale) })}
          </p>
        )}
        {result && !result.ok && conflict && (
          <div role="alert" className="space-y-1 rounded border border-accent-600 bg-red-50 p-3 text-accent-600" data-testid="decision-conflict">
            <p className="font-semibold">{t("conflictTitle")}</p>
            <p>{result.message}</p>
            <a href={`/staff/applications/${applicationId}`} className="underline">
              {t("reload")}
            </a>
          </div>
        )}
        {result && !result.ok && !conflict && (
          <p role="alert" className="rounded border border-accent-600 bg-red-50 p-2 text-accent-600">
            {result.message}
          </p>
        )}
      </div>
    </form>
  );
}
