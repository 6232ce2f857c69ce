import type { Metadata } from "next";
import Link from "next/link";
import { notFound as notFoundPage } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { pickText } from "@/components/eligibility/pick-text";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { DomainError } from "@/lib/errors/domain-error";
import { chinaDate } from "@/lib/calendar/today";
import { ruleSetDetail } from "@/lib/services/rule-sets/rule-set-detail";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { RuleSetStatusBadge } from "../status-badge";
import { CreateVersionButton } from "./create-version-button";
import { DraftEditor } from "./draft-editor";
import { groupValues } from "./group-values";
import { PublishForm } from "./publish-form";
import { valueLabel } from "./value-label";
import { isRecordId } from "@/lib/domain/record-id";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ruleSets"))("title") };
}

/** One rule set: its criteria with thresholds and bands, its revisions, and — for a manager — new version, edit and publish. */
export default async function RuleSetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("ruleset:manage");
  const [{ id }, t, locale] = await Promise.all([params, getTranslations("ruleSets"), getLocale()]);
  if (!isRecordId(id)) notFoundPage();
  const detail = await ruleSetDetail(actor, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "not-found") notFoundPage();
    throw error;
  });
  const groups = groupValues(detail.values);
  const editing = detail.canManage && detail.status === "draft";
  const hasDraft = detail.revisions.some((r) => r.status === "draft");

  return (
    <div className="space-y-8">
      <nav>
        <Link href="/admin/rule-sets" className="text-sm text-brand-700 underline">
          ← {t("back")}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800" data-testid="dashboard-title">
          {pickText(detail.title, locale)}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span className="font-mono">
            {detail.code} · r{detail.revision}
          </span>
          <span>· {detail.edition}</span>
          <RuleSetStatusBadge status={detail.status} />
          {detail.effectiveFrom && (
            <span>
              · {t("columns.effectiveFrom")}: {detail.effectiveFrom}
            </span>
          )}
          {detail.basedOn && (
            <Link href={`/admin/rule-sets/${detail.basedOn.id}`} className="text-brand-700 underline">
              {t("detail.basedOn", { revision: detail.basedOn.revision })}
            </Link>
          )}
        </p>
        <p className="text-sm text-slate-600">
          {t("detail.source")}: {pickText(detail.definition.source.title, locale)} ({detail.definition.source.document})
        </p>
        {!detail.canManage && (
          <p className="rounded border border-slate-300 bg-slate-50 p-2 text-sm" data-testid="read-only-notice">
            {t("detail.readOnlyNotice", { who: detail.regionCode ? t("detail.province") : t("detail.ministry") })}
          </p>
        )}
      </header>

      {detail.canManage && detail.status !== "draft" && !hasDraft && <CreateVersionButton basedOnId={detail.id} />}

      {editing ? (
        <>
          <DraftEditor id={detail.id} version={detail.edition} groups={groups} />
          <PublishForm id={detail.id} today={chinaDate()} />
        </>
      ) : (
        <section aria-labelledby="criteria-heading" className="space-y-3">
          <h2 id="criteria-heading" className="text-xl font-semibold">
            {t("detail.criteria")}
          </h2>
          <ScrollRegion label={t("detail.criteria")}>
            <table className="w-full border-collapse text-left text-sm" data-testid="criteria-values">
              <caption className="sr-only">{t("detail.criteria")}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-xs text-slate-700">
                  <th scope="col" className="py-1 pr-3">
                    {t("columnsValues.criterion")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("columnsValues.what")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("columnsValues.current")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.flatMap((group, g) =>
                  group.values.map((v, i) => (
                    <tr key={v.path} className={`align-top ${i === 0 ? "border-t border-slate-200" : ""}`}>
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={group.values.length} className="py-1 pr-3 font-normal">
                          <span className="block text-xs text-slate-600">{t(`sections.${group.section}`)}</span>
                          {v.kind === "passMark" ? t("kinds.passMark") : pickText(group.context, locale)}
                        </th>
                      )}
                      <td className="py-1 pr-3">{valueLabel(t, v)}</td>
                      <td className="py-1 tabular-nums" data-path={v.path} data-group={g}>
                        {v.value}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}

      <section aria-labelledby="revisions-heading" className="space-y-2">
        <h2 id="revisions-heading" className="text-xl font-semibold">
          {t("detail.revisions", { code: detail.code })}
        </h2>
        <ul className="space-y-1 text-sm">
          {detail.revisions.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2">
              {r.id === detail.id ? (
                <span className="font-medium">
                  r{r.revision} · {r.edition}
                </span>
              ) : (
                <Link href={`/admin/rule-sets/${r.id}`} className="text-brand-700 underline">
                  r{r.revision} · {r.edition}
                </Link>
              )}
              <RuleSetStatusBadge status={r.status} />
              {r.effectiveFrom && <span className="text-slate-600">{r.effectiveFrom}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
