"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass, InputField, ResultMessage } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { inviteAccountAction } from "@/lib/actions/users/invite-account";
import { chinaDateTime } from "@/lib/calendar/today";
import type { PlacementChoice } from "@/lib/services/accounts/placement-options";
import { RolePlacementFields } from "../role-placement-fields";

/** Email, name, role and — for the roles that sit somewhere — the jurisdiction the role may take. */
export function InviteForm({ choices }: { choices: PlacementChoice[] }) {
  const t = useTranslations("accounts");
  const { result, submit, pending, issue } = useActionForm(inviteAccountAction, "accounts");
  const sent = result?.ok ? result.data : null;
  return (
    <form onSubmit={submit} className="space-y-4 rounded border border-slate-300 p-4" noValidate aria-label={t("new.title")}>
      <InputField id="invite-email" label={t("new.email")} error={issue("email")} name="email" type="email" autoComplete="off" required />
      <InputField id="invite-name" label={t("new.name")} error={issue("name")} name="name" type="text" required />
      <RolePlacementFields idPrefix="invite" choices={choices} initialRole="" issue={issue} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("new.submit")}
      </button>
      <ResultMessage
        result={result}
        success={sent ? t("new.sent", { email: sent.email, until: chinaDateTime(new Date(sent.expiresAt)) }) : ""}
        testId="invite-result"
      />
      {sent && (
        <p>
          <Link href={`/admin/users/${sent.userId}`} className="text-brand-700 underline" data-testid="invited-account">
            {t("new.open")}
          </Link>
        </p>
      )}
    </form>
  );
}
