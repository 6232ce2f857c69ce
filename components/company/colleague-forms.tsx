"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass, dangerButtonClass, Field, InputField, inputClass, ResultMessage } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import type { ActionResult } from "@/lib/actions/action-result";
import { handOverAdministratorAction } from "@/lib/actions/company/hand-over-administrator";
import { inviteColleagueAction } from "@/lib/actions/company/invite-colleague";
import { removeColleagueAction } from "@/lib/actions/company/remove-colleague";

/** The administrator invites a colleague by name and email; the colleague sets their own password through the emailed link. */
export function InviteColleagueForm() {
  const t = useTranslations("colleagues");
  const router = useRouter();
  const { result, submit, pending, issue } = useActionForm(async (data: FormData) => {
    const outcome = await inviteColleagueAction(data);
    if (outcome.ok) router.refresh();
    return outcome;
  }, "colleagues");
  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4" aria-labelledby="invite-colleague">
      <InputField id="colleague-name" label={t("name")} error={issue("name")} name="name" autoComplete="off" required />
      <InputField id="colleague-email" label={t("email")} error={issue("email")} name="email" type="email" autoComplete="off" required />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("invite")}
      </button>
      <ResultMessage result={result} success={result?.ok ? t("invited", { email: result.data.email }) : ""} testId="colleague-invite-result" />
    </form>
  );
}

/** Removes a colleague after asking: they are signed out at once. */
export function RemoveColleagueButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("colleagues");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const remove = () => {
    if (!window.confirm(t("confirmRemove", { name }))) return;
    start(async () => {
      const outcome = await removeColleagueAction({ userId });
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  };
  return (
    <div className="space-y-1">
      <button type="button" disabled={pending} onClick={remove} className={`${dangerButtonClass} px-2 py-1 text-sm`} aria-label={`${t("remove")} ${name}`}>
        {t("remove")}
      </button>
      {result && !result.ok && <ResultMessage result={result} success="" />}
    </div>
  );
}

/** Hands the administrator role to an active colleague, after asking. */
export function HandOverForm({ successors }: { successors: { id: string; name: string; email: string }[] }) {
  const t = useTranslations("colleagues");
  const router = useRouter();
  const [chosen, setChosen] = useState("");
  const name = successors.find((s) => s.id === chosen)?.name ?? "";
  const { result, submit, pending, issue } = useActionForm(
    async (data: FormData) => {
      const outcome = await handOverAdministratorAction(data);
      if (outcome.ok) router.refresh();
      return outcome;
    },
    "colleagues",
    { confirm: () => window.confirm(t("confirmHandOver", { name })) },
  );
  if (successors.length === 0) return <p className="text-sm text-slate-600">{t("handOverNone")}</p>;
  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4" aria-labelledby="hand-over">
      <Field id="hand-over-to" label={t("handOverTo")} error={issue("userId")}>
        {(describedBy, invalid) => (
          <select
            id="hand-over-to"
            name="userId"
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          >
            <option value="">{t("choose")}</option>
            {successors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.email})
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending || chosen === ""} className={buttonClass}>
        {t("handOver")}
      </button>
      <ResultMessage result={result} success={t("handedOver", { name })} testId="hand-over-result" />
    </form>
  );
}
