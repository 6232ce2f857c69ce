"use client";

import { useLocale } from "next-intl";
import { useRef, useState, type FormEvent } from "react";

interface Labels {
  firm: string;
  chooseFirm: string;
  name: string;
  contact: string;
  reason: string;
  evidence: string;
  challenge: string;
  website: string;
  submit: string;
  sending: string;
  received: string;
}

interface Props {
  batchId: string;
  firms: { id: string; label: string }[];
  selected?: string;
  token: string;
  labels: Labels;
}

type FieldErrors = Record<string, string[]>;

const FIELDS = ["entryId", "objectorName", "objectorContact", "reason", "evidence", "challengeAnswer"] as const;

/**
 * The public objection form. Posts multipart to /notices/[batchId]/objections (files can be
 * larger than a server action accepts). The hidden "website" field is the honeypot; the
 * signed token tells the server when the form was served.
 */
export function ObjectionForm({ batchId, firms, selected, token, labels }: Props) {
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const pick = (m: { zh: string; en: string }) => (locale === "en" ? m.en : m.zh);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const response = await fetch(`/notices/${batchId}/objections`, { method: "POST", body: new FormData(event.currentTarget) });
    const body = (await response.json().catch(() => ({ ok: false, message: { zh: "提交失败。", en: "Sending failed." } }))) as { ok: boolean; message?: { zh: string; en: string }; fieldErrors?: FieldErrors };
    setPending(false);
    if (body.ok) {
      setErrors({});
      setMessage({ ok: true, text: labels.received });
      formRef.current?.reset();
    } else {
      setErrors(body.fieldErrors ?? {});
      setMessage({ ok: false, text: body.message ? pick(body.message) : "" });
    }
  }

  const field = (name: (typeof FIELDS)[number]) => ({
    id: `objection-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `objection-${name}-error` : undefined,
    className: "w-full rounded border border-slate-400 px-3 py-2",
  });
  const error = (name: (typeof FIELDS)[number]) =>
    errors[name] ? (
      <p id={`objection-${name}-error`} className="text-sm text-accent-600">
        {errors[name]!.join(" ")}
      </p>
    ) : null;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="space-y-3" data-testid="objection-form">
      <input type="hidden" name="formToken" value={token} />
      <div className="space-y-1">
        <label htmlFor="objection-entryId" className="block font-medium">
          {labels.firm}
        </label>
        <select {...field("entryId")} defaultValue={selected ?? ""}>
          <option value="">{labels.chooseFirm}</option>
          {firms.map((firm) => (
            <option key={firm.id} value={firm.id}>
              {firm.label}
            </option>
          ))}
        </select>
        {error("entryId")}
      </div>
      <div className="space-y-1">
        <label htmlFor="objection-objectorName" className="block font-medium">
          {labels.name}
        </label>
        <input {...field("objectorName")} autoComplete="name" />
        {error("objectorName")}
      </div>
      <div className="space-y-1">
        <label htmlFor="objection-objectorContact" className="block font-medium">
          {labels.contact}
        </label>
        <input {...field("objectorContact")} autoComplete="tel" />
        {error("objectorContact")}
      </div>
      <div className="space-y-1">
        <label htmlFor="objection-reason" className="block font-medium">
          {labels.reason}
        </label>
        <textarea {...field("reason")} rows={5} />
        {error("reason")}
      </div>
      <div className="space-y-1">
        <label htmlFor="objection-evidence" className="block font-medium">
          {labels.evidence}
        </label>
        <input {...field("evidence")} type="file" multiple accept="application/pdf,image/png,image/jpeg,image/webp" />
        {error("evidence")}
      </div>
      <div className="space-y-1">
        <label htmlFor="objection-challengeAnswer" className="block font-medium">
          {labels.challenge}
        </label>
        <input {...field("challengeAnswer")} inputMode="numeric" className="w-24 rounded border border-slate-400 px-3 py-2" />
        {error("challengeAnswer")}
      </div>
      {/* Honeypot: hidden from people and assistive technology, filled in by form-filling bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="objection-website">{labels.website}</label>
        <input id="objection-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? labels.sending : labels.submit}
      </button>
      <div aria-live="polite" role="status">
        {message && <p className={message.ok ? "text-green-800" : "text-accent-600"}>{message.text}</p>}
      </div>
    </form>
  );
}
