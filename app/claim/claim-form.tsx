"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { TextField } from "@/components/company/text-field";
import type { ActionResult } from "@/lib/actions/action-result";
import { submitClaimAction } from "@/lib/actions/claims/submit-claim";

type Upload = { state: "idle" } | { state: "uploading" } | { state: "done"; id: string; fileName: string } | { state: "failed"; message: string };

/**
 * The claim: the proof is uploaded as soon as it is chosen (/claim/proof) and its id goes with the
 * claim. Controlled by hand rather than through <form action> so that a refused claim keeps what
 * was typed.
 */
export function ClaimForm({ creditCode }: { creditCode: string }) {
  const t = useTranslations("claims.form");
  const issues = useTranslations("claims.issues");
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const [result, setResult] = useState<ActionResult<{ email: string }> | null>(null);
  const [pending, setPending] = useState(false);

  const issue = (field: string): string | undefined => {
    if (!result || result.ok) return undefined;
    if (result.details?.field === field) return result.message;
    const code = result.fieldErrors?.[field]?.[0];
    if (!code) return undefined;
    return issues.has(code) ? issues(code) : issues("invalid");
  };

  async function chooseProof(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setUpload({ state: "uploading" });
    const body = new FormData();
    body.set("file", file);
    try {
      const response = await fetch("/claim/proof", { method: "POST", body });
      const answer = (await response.json()) as { ok: boolean; message?: string; document?: { id: string; fileName: string } };
      setUpload(answer.ok && answer.document ? { state: "done", ...answer.document } : { state: "failed", message: answer.message ?? t("uploadFailed") });
    } catch {
      setUpload({ state: "failed", message: t("uploadFailed") });
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const answer = await submitClaimAction(new FormData(event.currentTarget));
    setPending(false);
    setResult(answer);
  }

  if (result?.ok) {
    return (
      <div role="status" data-testid="claim-received" className="space-y-3 rounded border border-brand-600 bg-brand-50 p-4">
        <p>{t("received", { email: result.data.email })}</p>
        <p>
          <Link href="/signin?callbackUrl=%2Fclaim%2Fstatus" className="font-medium text-brand-700 underline">
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  }

  const proofError = upload.state === "failed" ? upload.message : issue("proofDocumentId");
  const field = (id: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={id} label={t(`fields.${id}`)} error={issue(id)} {...extra} />
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby={result && !result.ok ? "claim-message" : undefined}>
      <div aria-live="assertive">
        {result && !result.ok && (
          <p id="claim-message" role="alert" className="rounded border border-accent-600 bg-red-50 p-3 text-accent-600">
            {result.message}
          </p>
        )}
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("companySection")}</legend>
        {field("creditCode", { hint: t("creditCodeHint"), autoComplete: "off", maxLength: 18, defaultValue: creditCode, className: "font-mono" })}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("proofSection")}</legend>
        <div className="space-y-1">
          <label htmlFor="proof" className="block font-medium">
            {t("fields.proof")}
          </label>
          <p id="proof-hint" className="text-sm text-slate-600">
            {t("proofHint")}
          </p>
          <input
            id="proof"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={chooseProof}
            aria-invalid={proofError ? true : undefined}
            aria-describedby={["proof-hint", proofError ? "proof-error" : null, upload.state === "done" ? "proof-done" : null].filter(Boolean).join(" ")}
            className="block w-full text-sm"
          />
          <input type="hidden" name="proofDocumentId" value={upload.state === "done" ? upload.id : ""} />
          <p aria-live="polite" className="text-sm">
            {upload.state === "uploading" && t("uploading")}
            {upload.state === "done" && (
              <span id="proof-done" data-testid="claim-proof-uploaded">
                {t("uploaded", { name: upload.fileName })}
              </span>
            )}
          </p>
          {proofError && (
            <p id="proof-error" className="text-sm text-accent-600">
              {proofError}
            </p>
          )}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("contactSection")}</legend>
        {field("contactName", { autoComplete: "name" })}
        {field("contactEmail", { type: "email", autoComplete: "email", hint: t("emailHint") })}
        {field("contactPhone", { type: "tel", autoComplete: "tel" })}
        {field("password", { type: "password", autoComplete: "new-password", hint: t("passwordHint") })}
        {field("passwordConfirm", { type: "password", autoComplete: "new-password" })}
      </fieldset>
      <button
        type="submit"
        disabled={pending || upload.state === "uploading"}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
