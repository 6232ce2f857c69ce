"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { sortHref, type QueueFilters, type QueueSort } from "@/lib/review/queue-filters";
import type { QueueRow } from "@/lib/services/review/list-queue";
import { formatDate } from "./bilingual";
import { BulkDecisionForm, type BulkDecideAction } from "./bulk-decision-form";
import { DueDate } from "./due-date";
import { StatusBadge } from "./status-badge";

/**
 * One page of the queue with a checkbox per file for the bulk decision. Column headers sort
 * through the URL like every other filter.
 */
export function QueueTable({
  rows,
  filters,
  page,
  pageCount,
  bulkAction,
}: {
  rows: QueueRow[];
  filters: QueueFilters;
  page: number;
  pageCount: number;
  bulkAction: BulkDecideAction;
}) {
  const t = useTranslations("review");
  const locale = useLocale();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Files no longer on the page (decided, or another page) are not sent.
  const chosen = rows.filter((row) => selected.has(row.id));
  const allChosen = rows.length > 0 && chosen.length === rows.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const sortHeader = (sort: QueueSort, label: string) => {
    const active = filters.sort === sort;
    return (
      <th scope="col" className="px-2 py-2" aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={sortHref(filters, sort)} className="text-brand-700 underline" aria-label={t("queue.sortBy", { column: label })}>
          {label}
          {active && <span aria-hidden="true">{filters.dir === "asc" ? " ▲" : " ▼"}</span>}
        </Link>
      </th>
    );
  };

  return (
    <div className="space-y-4">
      {rows.length === 0 ? (
        <p className="text-slate-600">{t("queue.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="queue-table">
            <caption className="sr-only">{t("queue.caption", { page, pageCount })}</caption>
            <thead className="border-b-2 border-slate-300 bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-2">
                  <input
                    type="checkbox"
                    aria-label={t("queue.selectAll")}
                    checked={allChosen}
                    onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                    className="h-4 w-4"
                  />
                </th>
                {sortHeader("name", t("queue.company"))}
                <th scope="col" className="px-2 py-2">
                  {t("queue.programme")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("queue.city")}
                </th>
                {sortHeader("score", t("queue.score"))}
                <th scope="col" className="px-2 py-2">
                  {t("queue.outcome")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("queue.statusColumn")}
                </th>
                {sortHeader("submitted", t("queue.submitted"))}
                <th scope="col" className="px-2 py-2">
                  {t("queue.atLevel")}
                </th>
                {sortHeader("due", t("queue.dueOn"))}
                <th scope="col" className="px-2 py-2">
                  {t("queue.assignee")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200" data-testid="queue-row" data-id={row.id}>
                  <td className="px-2 py-2">
                    <input
                      type="checkbox"
                      aria-label={t("queue.select", { name: row.company.nameZh })}
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.target.checked)}
                      className="h-4 w-4"
                    />
                  </td>
                  <td className="px-2 py-2">
                    <Link href={`/staff/applications/${row.id}`} className="font-medium text-brand-600 underline" data-testid="queue-company">
                      {row.company.nameZh}
                    </Link>
                    <div className="font-mono text-xs text-slate-600">{row.company.creditCode}</div>
                  </td>
                  <td className="px-2 py-2">{locale === "en" ? row.programme.nameEn : row.programme.nameZh}</td>
                  <td className="px-2 py-2" data-testid="queue-city">
                    {locale === "en" ? row.city.nameEn : row.city.nameZh}
                  </td>
                  <td className="px-2 py-2 tabular-nums">{row.score ?? "—"}</td>
                  <td className="px-2 py-2">
                    {t(`outcome.${row.outcome === "eligible" || row.outcome === "not-eligible" || row.outcome === "incomplete" ? row.outcome : "none"}`)}
                  </td>
                  <td className="px-2 py-2">
                    <StatusBadge status={row.status} locale={locale} />
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap">{formatDate(row.submittedAt, locale)}</td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums" data-testid="queue-at-level">
                    {row.atLevel ? t("queue.atLevelDays", { days: row.atLevel.workingDays }) : "—"}
                  </td>
                  <td className="px-2 py-2 whitespace-nowrap" data-testid="queue-due">
                    <DueDate due={row.atLevel} />
                  </td>
                  <td className="px-2 py-2">{row.assignedTo?.name ?? t("queue.unassigned")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <BulkDecisionForm
        selected={chosen.map((row) => ({ applicationId: row.id, expectedVersion: row.version, name: row.company.nameZh }))}
        action={bulkAction}
        onDone={() => setSelected(new Set())}
      />
    </div>
  );
}
