"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass, dangerButtonClass, ResultMessage } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { changeAccountAction } from "@/lib/actions/users/change-account";
import { disableAccountAction } from "@/lib/actions/users/disable-account";
import { enableAccountAction } from "@/lib/actions/users/enable-account";
import { resendInvitationAction } from "@/lib/actions/users/resend-invitation";
import { revokeInvitationAction } from "@/lib/actions/users/revoke-invitation";
import type { AccountState } from "@/lib/domain/accounts/account-admin-input";
import type { PlacementChoice } from "@/lib/services/accounts/placement-options";
import { RolePlacementFields } from "../role-placement-fields";

type Operation = "disable" | "enable" | "resend" | "revoke";

const RUN: Record<Operation, (input: { userId: string }) => Promise<ActionResult<unknown>>> = {
  disable: disableAccountAction,
  enable: enableAccountAction,
  resend: resendInvitationAction,
  revoke: revokeInvitationAction,
};

const DONE: Record<Operation, string> = { disable: "disabled", enable: "enabled", resend: "resent", revoke: "revoked" };

/** Disable / enable, and for an invitation: send again or withdraw. The irreversible-feeling ones ask first. */
export function AccessOperations({ userId, state }: { userId: string; state: AccountState }) {
  const t = useTranslations("accounts.detail");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ operation: Operation; result: ActionResult<unknown> } | null>(null);
  const run = (operation: Operation, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    start(async () => {
      const result = await RUN[operation]({ userId });
      setOutcome({ operation, result });
      if (result.ok) router.refresh();
    });
  };
  const operations: { operation: Operation; danger?: boolean; confirm?: string }[] =
    state === "invited"
      ? [{ operation: "resend" }, { operation: "revoke", danger: true, confirm: t("confirmRevoke") }]
      : state === "active"
        ? [{ operation: "disable", danger: true, confirm: t("confirmDisable") }]
        : [{ operation: "enable" }];
  return (
    <section aria-labelledby="account-access" className="space-y-3">
      <h2 id="account-access" className="text-lg font-semibold">
        {t("manage")}
      </h2>
      <div className="flex flex-wrap gap-3">
        {operations.map(({ operation, danger, confirm }) => (
          <button
            key={operation}
            type="button"
            disabled={pending}
            className={danger ? dangerButtonClass : buttonClass}
            onClick={() => run(operation, confirm)}
            data-testid={`account-${operation}`}
          >
            {t(operation)}
          </button>
        ))}
      </div>
      <ResultMessage result={outcome?.result ?? null} success={outcome ? t(DONE[outcome.operation]) : ""} testId="account-access-result" />
    </section>
  );
}

/** Another role or jurisdiction among those the administrator may give; the person is signed out. */
export function ChangeAccountForm({
  userId,
  role: currentRole,
  jurisdictionCode,
  choices,
}: {
  userId: string;
  role: string;
  jurisdictionCode: string | null;
  choices: PlacementChoice[];
}) {
  const t = useTranslations("accounts");
  const router = useRouter();
  const { result, submit, pending, issue } = useActionForm(async (form: FormData) => {
    const outcome = await changeAccountAction(form);
    if (outcome.ok) router.refresh();
    return outcome;
  }, "accounts");
  return (
    <form onSubmit={submit} className="space-y-3 rounded border border-slate-300 p-4" noValidate aria-labelledby="account-change">
      <h2 id="account-change" className="text-lg font-semibold">
        {t("detail.change")}
      </h2>
      <p className="text-sm text-slate-700">{t("detail.changeLead")}</p>
      <input type="hidden" name="userId" value={userId} />
      <RolePlacementFields idPrefix="change" choices={choices} initialRole={currentRole} initialJurisdiction={jurisdictionCode} issue={issue} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("detail.changeSubmit")}
      </button>
      <ResultMessage result={result} success={t("detail.changed")} testId="account-change-result" />
    </form>
  );
}
