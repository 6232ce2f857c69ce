import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { chinaDateTime } from "@/lib/calendar/today";
import { isRecordId } from "@/lib/domain/record-id";
import { DomainError } from "@/lib/errors/domain-error";
import { accountDetail } from "@/lib/services/accounts/list-accounts";
import { jurisdictionLabel, placementChoices } from "@/lib/services/accounts/placement-options";
import { AccessOperations, ChangeAccountForm } from "./account-operations";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("title") };
}

async function load(actor: Awaited<ReturnType<typeof requirePagePermission>>, id: string) {
  if (!isRecordId(id)) notFound();
  try {
    return await accountDetail(actor, id);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
}

/** One account: who and where, its invitation, its sign-ins, what may be changed and what has been done to it. */
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("account:manage");
  const [{ id }, t, locale] = await Promise.all([params, getTranslations("accounts"), getLocale()]);
  const account = await load(actor, id);
  const where = jurisdictionLabel(account.jurisdictionCode, locale) ?? t("national");
  const dl = "grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]";
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/users" className="text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-800">{account.name}</h1>
        <p className="text-slate-700">
          {t(`roles.${account.role}`)} · {where} ·{" "}
          <span data-testid="account-state" data-state={account.state}>
            {t(`states.${account.state}`)}
          </span>
        </p>
      </header>
      <dl className={dl}>
        <dt className="font-medium">{t("detail.email")}</dt>
        <dd className="break-all">{account.email}</dd>
        <dt className="font-medium">{t("detail.created")}</dt>
        <dd className="tabular-nums">{chinaDateTime(account.createdAt)}</dd>
        <dt className="font-medium">{t("detail.lastSignIn")}</dt>
        <dd className="tabular-nums">{account.lastSignInAt ? chinaDateTime(account.lastSignInAt) : t("never")}</dd>
        <dt className="font-medium">{t("detail.twoFactor")}</dt>
        <dd>{account.twoFactor ? t("twoFactor.on") : t("twoFactor.off")}</dd>
        {account.state === "invited" && (
          <>
            <dt className="font-medium">{t("detail.invitation")}</dt>
            <dd>
              {account.invitationExpiresAt ? t("detail.invitationUntil", { until: chinaDateTime(account.invitationExpiresAt) }) : t("detail.noInvitation")}
            </dd>
          </>
        )}
      </dl>

      <AccessOperations userId={account.id} state={account.state} />

      {account.state !== "disabled" && (
        <ChangeAccountForm userId={account.id} role={account.role} jurisdictionCode={account.jurisdictionCode} choices={placementChoices(actor, locale)} />
      )}

      <section aria-labelledby="account-history" className="space-y-2">
        <h2 id="account-history" className="text-lg font-semibold">
          {t("detail.history")}
        </h2>
        {account.history.length === 0 ? (
          <p className="text-slate-700">{t("detail.historyEmpty")}</p>
        ) : (
          <ol className="space-y-1 text-sm" data-testid="account-history">
            {account.history.map((entry, index) => (
              <li key={index}>
                <span className="tabular-nums">{chinaDateTime(entry.at)}</span> ·{" "}
                {t.has(`detail.actions.${entry.action}`) ? t(`detail.actions.${entry.action}`) : entry.action}
                {entry.actorName && <span className="text-slate-600"> · {t("detail.by", { name: entry.actorName })}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
