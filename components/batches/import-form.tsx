"use client";

import { useLocale } from "next-intl";
import { useState, type FormEvent } from "react";
import type { ImportReport } from "@/lib/services/imports/import-published-list";

type Labels = Record<
  | "file"
  | "dryRun"
  | "commit"
  | "working"
  | "reportTitle"
  | "committed"
  | "notCommitted"
  | "line"
  | "field"
  | "message"
  | "batches"
  | "batchExists"
  | "batchNew"
  | "total"
  | "valid"
  | "toCreate"
  | "companies"
  | "already"
  | "errors"
  | "warnings",
  string
>;

const fill = (template: string, count: number) => template.replace("{count}", count.toLocaleString());
const fillAll = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The report's words for what the service names by key: columns, tiers and authorities, in the reader's language. */
export interface ImportNames {
  fields: Record<string, string>;
  tiers: Record<string, string>;
  /** Province code → name; "" for the ministry. */
  authorities: Record<string, string>;
  /** "{tier} · {year} · {authority} · {ordinal} · {date} · {state} · {toAdd}/{rows}" in the reader's words. */
  batchLine: string;
}

/** Upload, dry run or commit, and the report: row-level errors and warnings, batches, counts. */
export function ImportForm({ labels, names }: { labels: Labels; names: ImportNames }) {
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const pick = (m: { zh: string; en: string }) => (locale === "en" ? m.en : m.zh);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = new FormData(event.currentTarget);
    form.set("mode", submitter?.value === "commit" ? "commit" : "dry-run");
    setPending(true);
    setMessage(null);
    const response = await fetch("/admin/imports/run", { method: "POST", body: form });
    const body = (await response.json().catch(() => ({ ok: false }))) as {
      ok: boolean;
      report?: ImportReport | null;
      message?: { zh: string; en: string };
      fieldErrors?: Record<string, string[]>;
    };
    setPending(false);
    setFileError(body.fieldErrors?.file?.join(" ") ?? null);
    setReport(body.report ?? null);
    if (body.ok && body.report) setMessage({ ok: true, text: body.report.committed ? labels.committed : labels.notCommitted });
    else setMessage({ ok: false, text: body.message ? pick(body.message) : "" });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3" data-testid="import-form">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-medium">
            {labels.file}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-error" : undefined}
          />
          {fileError && (
            <p id="import-file-error" className="text-sm text-accent-600">
              {fileError}
            </p>
          )}
        </div>
        <div className="flex gap-3">
          <button
            type="submit"
            name="mode"
            value="dry-run"
            disabled={pending}
            className="rounded border border-brand-700 px-4 py-2 text-brand-700 disabled:opacity-60"
          >
            {labels.dryRun}
          </button>
          <button type="submit" name="mode" value="commit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 text-white disabled:opacity-60">
            {labels.commit}
          </button>
        </div>
      </form>
      <div aria-live="polite" role="status">
        {pending && <p>{labels.working}</p>}
        {message && <p className={message.ok ? "text-green-800" : "text-accent-600"}>{message.text}</p>}
      </div>
      {report && (
        <section aria-labelledby="import-report" className="space-y-3" data-testid="import-report">
          <h2 id="import-report" className="text-lg font-semibold">
            {labels.reportTitle}
          </h2>
          <ul className="text-sm">
            <li>{fill(labels.total, report.total)}</li>
            <li>{fill(labels.valid, report.valid)}</li>
            <li>{fill(labels.toCreate, report.recognitionsToCreate)}</li>
            <li>{fill(labels.companies, report.companiesToCreate)}</li>
            <li>{fill(labels.already, report.alreadyPresent)}</li>
          </ul>
          {report.batches.length > 0 && (
            <>
              <h3 className="font-semibold">{labels.batches}</h3>
              <ul className="text-sm">
                {report.batches.map((b) => (
                  <li key={`${b.tier}-${b.year}-${b.authorityCode}-${b.ordinal}`}>
                    {fillAll(names.batchLine, {
                      tier: names.tiers[b.tier] ?? b.tier,
                      year: b.year,
                      authority: names.authorities[b.authorityCode ?? ""] ?? b.authorityCode ?? "",
                      ordinal: b.ordinal,
                      date: b.announcedOn,
                      state: b.exists ? labels.batchExists : labels.batchNew,
                      toAdd: b.toAdd,
                      rows: b.rows,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {[
            { title: fill(labels.errors, report.errors.length), issues: report.errors, tone: "text-accent-600" },
            { title: fill(labels.warnings, report.warnings.length), issues: report.warnings, tone: "text-amber-800" },
          ].map((group) =>
            group.issues.length === 0 ? null : (
              <table key={group.title} className="w-full border-collapse text-sm">
                <caption className={`text-left font-semibold ${group.tone}`}>{group.title}</caption>
                <thead>
                  <tr className="border-b text-left">
                    <th className="p-1">{labels.line}</th>
                    <th className="p-1">{labels.field}</th>
                    <th className="p-1">{labels.message}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.issues.map((issue, i) => (
                    <tr key={i} className="border-b">
                      <td className="p-1">{issue.line}</td>
                      <td className="p-1">{names.fields[issue.field] ?? issue.field}</td>
                      <td className="p-1">{pick(issue.message)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ),
          )}
        </section>
      )}
    </div>
  );
}
