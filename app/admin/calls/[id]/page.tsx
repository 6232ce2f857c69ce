import type { Metadata } from "next";
import Link from "next/link";
import { notFound as notFoundPage } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CALL_TRANSITIONS, EDITABLE_FIELDS } from "@/lib/domain/calls/call-state";
import { isRecordId } from "@/lib/domain/record-id";
import { DomainError } from "@/lib/errors/domain-error";
import { callDetail, callFormOptions } from "@/lib/services/calls/call-detail";
import { CallForm } from "../call-form";
import { WindowOperations } from "./window-operations";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calls"))("title") };
}

/** One call for its administrator: what it is, its window's operations, and the edit its state allows. */
export default async function CallPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("call:manage");
  const [{ id }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("calls"), getLocale()]);
  if (!isRecordId(id)) notFoundPage();
  const detail = await callDetail(actor, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "not-found") notFoundPage();
    throw error;
  });
  const options = await callFormOptions(actor);
  const { call } = detail;
  const en = locale === "en";
  const region = detail.regionName ? (en ? detail.regionName.en : detail.regionName.zh) : t("national");
  const days = (n: number | null) => (n === null ? t("detail.notSet") : String(n));
  return (
    <div className="space-y-6">
      <nav>
        <Link href="/admin/calls" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800" data-testid="dashboard-title">
          {en ? call.nameEn : call.nameZh}
        </h1>
        {query.created === "1" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900" data-testid="call-created">
            {t("form.created")}
          </p>
        )}
      </header>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="call-detail">
        <dt className="text-slate-600">{t("detail.code")}</dt>
        <dd className="font-mono" data-testid="call-code">
          {call.code}
        </dd>
        <dt className="text-slate-600">{t("detail.state")}</dt>
        <dd data-testid="call-state" data-state={call.state}>
          {t(`states.${call.state}`)}
        </dd>
        <dt className="text-slate-600">{t("columns.tier")}</dt>
        <dd>
          {t(`tiers.${call.tier}`)} · {call.year} · {region}
        </dd>
        <dt className="text-slate-600">{t("detail.window")}</dt>
        <dd className="tabular-nums" data-testid="call-window">
          {call.opensOn} – {call.closesOn}
        </dd>
        <dt className="text-slate-600">{t("detail.ruleSet")}</dt>
        <dd>
          <span className="font-mono">{call.ruleSetCode}</span> · {t("detail.inForce")}:{" "}
          {detail.ruleSetInForce
            ? `${en ? detail.ruleSetInForce.title.en : detail.ruleSetInForce.title.zh} (r${detail.ruleSetInForce.revision})`
            : t("detail.noneInForce")}
        </dd>
        <dt className="text-slate-600">{t("detail.applications")}</dt>
        <dd data-testid="call-applications">{detail.applications}</dd>
        <dt className="text-slate-600">{t("detail.notice")}</dt>
        <dd>{t("detail.noticeDays", { days: call.noticeWorkingDays })}</dd>
        <dt className="text-slate-600">{t("detail.validity")}</dt>
        <dd>{t("detail.years", { years: call.validityYears })}</dd>
        <dt className="text-slate-600">{t("detail.annualDataDeadline")}</dt>
        <dd>{call.annualDataDeadline}</dd>
        <dt className="text-slate-600">{t("detail.cooloff")}</dt>
        <dd>{t("detail.years", { years: call.cooloffYears })}</dd>
        <dt className="text-slate-600">{t("detail.reviewDays")}</dt>
        <dd>
          {days(call.municipalReviewDays)} / {days(call.provincialReviewDays)} / {days(call.ministryReviewDays)} / {days(call.expertReviewDays)}
        </dd>
      </dl>
      <WindowOperations id={call.id} state={call.state} closesOn={call.closesOn} allowed={CALL_TRANSITIONS[call.state]} />
      <CallForm
        mode="edit"
        id={call.id}
        regionLabel={region}
        regionCode={call.regionCode}
        tiers={options.tiers}
        ruleSets={options.ruleSets}
        noticeMinimum={options.noticeMinimum}
        editable={EDITABLE_FIELDS[call.state]}
        initial={{ ...call, ruleSetId: call.ruleSetId ?? "" }}
      />
    </div>
  );
}
