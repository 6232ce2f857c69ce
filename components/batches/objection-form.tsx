"use client";

import Link from "next/link";
import { useLocale } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";

interface Labels {
  firm: string;
  chooseFirm: string;
  name: string;
  contact: string;
  reason: string;
  evidence: string;
  /** The sum's label with `{question}` where the sum goes ("请计算：{question} = ?"). */
  challenge: string;
  website: string;
  submit: string;
  sending: string;
  received: string;
  /** "Your reference:" before the number. */
  reference: string;
  referenceHint: string;
  statusLink: string;
}

interface Props {
  batchId: string;
  firms: { id: string; label: string }[];
  selected?: string;
  token: string;
  question: string;
  /** The server refuses a form sent sooner than this after it was served (a bot's speed). */
  minSecondsToSubmit: number;
  labels: Labels;
}

type Bilingual = { zh: string; en: string };
type FieldErrors = Record<string, Bilingual[]>;

interface Answer {
  ok: boolean;
  reference?: string;
  message?: Bilingual;
  fieldErrors?: FieldErrors;
  challenge?: { token: string; question: string };
}

type FieldName = "entryId" | "objectorName" | "objectorContact" | "reason" | "evidence" | "challengeAnswer";

/**
 * The public objection form. Posts multipart to /notices/[batchId]/objections (files can be
 * larger than a server action accepts). The hidden "website" field is the honeypot; the signed
 * token tells the server when the form was served. A refusal keeps everything typed and brings a
 * fresh sum to answer; success shows the objection's reference, to follow it on the status page.
 */
export function ObjectionForm({ batchId, firms, selected, token, question, minSecondsToSubmit, labels }: Props) {
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const servedAt = useRef(0);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [challenge, setChallenge] = useState({ token, question });
  const [entryId, setEntryId] = useState(selected ?? "");
  const [followed, setFollowed] = useState(selected);
  const pick = (m: Bilingual) => (locale === "en" ? m.en : m.zh);

  // Choosing "object" on another firm's row navigates within the page, keeping this form: follow it.
  if (selected !== followed) {
    setFollowed(selected);
    if (selected) setEntryId(selected);
  }

  useEffect(() => {
    servedAt.current = Date.now();
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    setPending(true);
    setMessage(null);
    // A person who types fast is not a bot: hold the form until the server would accept it.
    const wait = minSecondsToSubmit * 1000 + 250 - (Date.now() - servedAt.current);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const response = await fetch(`/notices/${batchId}/objections`, { method: "POST", body }).catch(() => null);
    const answer = ((await response?.json().catch(() => null)) ?? {
      ok: false,
      message: { zh: "提交失败，请检查网络后重试。", en: "Sending failed; check your connection and try again." },
    }) as Answer;
    setPending(false);
    if (answer.ok) {
      setErrors({});
      setReference(answer.reference ?? null);
      setMessage({ ok: true, text: labels.received });
      formRef.current?.reset();
      setEntryId("");
    } else {
      setErrors(answer.fieldErrors ?? {});
      setMessage({ ok: false, text: answer.message ? pick(answer.message) : "" });
      if (answer.challenge) {
        setChallenge(answer.challenge);
        servedAt.current = Date.now();
        const sum = formRef.current?.elements.namedItem("challengeAnswer");
        if (sum instanceof HTMLInputElement) sum.value = "";
      }
    }
  }

  const field = (name: FieldName) => ({
    id: `objection-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `objection-${name}-error` : undefined,
    className: "w-full rounded border border-slate-400 px-3 py-2",
  });
  const error = (name: FieldName) =>
    errors[name] ? (
      <p id={`objection-${name}-error`} className="text-sm text-accent-600">
        {errors[name]!.map(pick).join(" ")}
      </p>
    ) : null;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="space-y-3" data-testid="objection-form">
      <input type="hidden" name="formToken" value={challenge.token} />
      <div className="space-y-1">
        <label htmlFor="objection-entryId" className="block font-medium">
          {labels.firm}
        </label>
        <select {...field("entryId")} value={entryId} onChange={(e) => setEntryId(e.target.value)}>
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
        <input {...field("objectorContact")} autoComplete="email" />
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
          {labels.challenge.replace("{question}", challenge.question)}
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
        {message?.ok && reference && (
          <div className="mt-2 rounded border border-green-700 bg-green-50 p-3 text-green-900">
            <p>
              {labels.reference}{" "}
              <strong className="font-mono text-lg" data-testid="objection-reference">
                {reference}
              </strong>
            </p>
            <p className="text-sm">{labels.referenceHint}</p>
            <Link href="/notices/objections/status" className="text-sm text-brand-700 underline">
              {labels.statusLink}
            </Link>
          </div>
        )}
      </div>
    </form>
  );
}
