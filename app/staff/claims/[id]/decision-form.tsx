"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass, dangerButtonClass, ResultMessage, TextAreaField } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { decideClaimAction } from "@/lib/actions/claims/decide-claim";

/** An official approves a claim — after confirming, since it cannot be undone — or refuses it with a reason. */
export function ClaimDecisionForm({ claimId, version }: { claimId: string; version: number }) {
  const t = useTranslations("claims.staff");
  const { result, submit, pending, issue } = useActionForm(decideClaimAction, "claims");
  const [confirming, setConfirming] = useState(false);
  const done = pending || result?.ok === true;
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="decide-title">
      <h2 id="decide-title" className="text-lg font-semibold">
        {t("decideTitle")}
      </h2>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField id="decision-reason" label={t("reason")} hint={t("reasonHint")} error={issue("reason")} name="reason" rows={3} maxLength={2000} />
      {confirming && (
        <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-2 text-amber-900">
          {t("confirmApprove")}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        {confirming ? (
          <button key="approve" type="submit" name="decision" value="approve" disabled={done} className={buttonClass}>
            {t("approve")}
          </button>
        ) : (
          // Its own element (key), and no default action: a button that turned into a submit button mid-click would submit.
          <button
            key="confirm"
            type="button"
            disabled={done}
            className={buttonClass}
            onClick={(event) => {
              event.preventDefault();
              setConfirming(true);
            }}
          >
            {t("approve")}…
          </button>
        )}
        <button type="submit" name="decision" value="refuse" disabled={done} className={dangerButtonClass}>
          {t("refuse")}
        </button>
      </div>
      <ResultMessage
        result={result}
        success={result?.ok ? (result.data.status === "approved" ? t("approvedDone") : t("refusedDone")) : ""}
        testId="claim-decision-result"
      />
    </form>
  );
}
