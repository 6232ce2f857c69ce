"use client";

import { useLocale } from "next-intl";
import { useState, type FormEvent } from "react";

type Bilingual = { zh: string; en: string };
type ObjectionState = "open" | "upheld" | "dismissed";

interface Found {
  reference: string;
  status: ObjectionState;
  lodgedOn: string;
  resolvedOn: string | null;
  resolution: string | null;
  batchTitle: Bilingual;
  batchStatus: string;
  company: string;
}

interface Labels {
  reference: string;
  contact: string;
  submit: string;
  sending: string;
  status: Record<ObjectionState, string>;
  statusMeaning: Record<ObjectionState, string>;
  lodgedOn: string;
  resolvedOn: string;
  resolution: string;
  batch: string;
  company: string;
  state: string;
  batchWithdrawn: string;
}

/** Reference + contact in, the objection's state out (or one message for any mismatch). */
export function ObjectionStatusForm({ labels }: { labels: Labels }) {
  const locale = useLocale();
  const pick = (m: Bilingual) => (locale === "en" ? m.en : m.zh);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, Bilingual[]>>({});
  const [found, setFound] = useState<Found | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    setFound(null);
    const response = await fetch("/notices/objections/status/lookup", { method: "POST", body: new FormData(event.currentTarget) }).catch(() => null);
    const answer = ((await response?.json().catch(() => null)) ?? {
      ok: false,
      message: { zh: "查询失败，请稍后重试。", en: "The look-up failed; please try again." },
    }) as {
      ok: boolean;
      objection?: Found;
      message?: Bilingual;
      fieldErrors?: Record<string, Bilingual[]>;
    };
    setPending(false);
    setErrors(answer.fieldErrors ?? {});
    if (answer.ok && answer.objection) setFound(answer.objection);
    else setMessage(answer.message ? pick(answer.message) : "");
  }

  const input = (name: "reference" | "contact", autoComplete: string) => (
    <div className="space-y-1">
      <label htmlFor={`status-${name}`} className="block font-medium">
        {labels[name]}
      </label>
      <input
        id={`status-${name}`}
        name={name}
        autoComplete={autoComplete}
        className="w-full rounded border border-slate-400 px-3 py-2"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `status-${name}-error` : undefined}
      />
      {errors[name] && (
        <p id={`status-${name}-error`} className="text-sm text-accent-600">
          {errors[name]!.map(pick).join(" ")}
        </p>
      )}
    </div>
  );

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="objection-status-form">
        {input("reference", "off")}
        {input("contact", "email")}
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? labels.sending : labels.submit}
        </button>
      </form>
      <div aria-live="polite" role="status">
        {message && <p className="text-accent-600">{message}</p>}
        {found && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded border border-slate-300 p-4" data-testid="objection-status">
            <dt className="font-medium">{labels.reference}</dt>
            <dd className="font-mono">{found.reference}</dd>
            <dt className="font-medium">{labels.state}</dt>
            <dd data-testid="objection-state">
              {labels.status[found.status]} — {labels.statusMeaning[found.status]}
            </dd>
            <dt className="font-medium">{labels.batch}</dt>
            <dd>
              {pick(found.batchTitle)}
              {found.batchStatus === "withdrawn" && ` (${labels.batchWithdrawn})`}
            </dd>
            <dt className="font-medium">{labels.company}</dt>
            <dd>{found.company}</dd>
            <dt className="font-medium">{labels.lodgedOn}</dt>
            <dd>{found.lodgedOn}</dd>
            {found.resolvedOn && (
              <>
                <dt className="font-medium">{labels.resolvedOn}</dt>
                <dd>{found.resolvedOn}</dd>
              </>
            )}
            {found.resolution && (
              <>
                <dt className="font-medium">{labels.resolution}</dt>
                <dd className="whitespace-pre-wrap">{found.resolution}</dd>
              </>
            )}
          </dl>
        )}
      </div>
    </div>
  );
}
