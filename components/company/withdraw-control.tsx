"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { transitionApplicationAction } from "@/lib/actions/company/transition-application";

/** Withdrawal before a decision, behind an explicit confirmation (it cannot be undone). */
export function WithdrawControl({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("company.status");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  async function withdraw() {
    setPending(true);
    setError(null);
    const result = await transitionApplicationAction({ applicationId, action: "withdraw", expectedVersion: version, reason: reason.trim() || undefined });
    setPending(false);
    if (result.ok) {
      setConfirming(false);
      router.refresh();
    } else setError(result.message);
  }

  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => {
          setConfirming(true);
          setTimeout(() => confirmButton.current?.focus(), 0);
        }}
        className="rounded border border-accent-600 px-4 py-2 text-accent-600"
      >
        {t("withdraw")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="withdraw-question" className="space-y-3 rounded border border-accent-600 bg-red-50 p-3" data-testid="withdraw-confirm">
      <p id="withdraw-question" className="font-medium">
        {t("withdrawQuestion")}
      </p>
      <div className="space-y-1">
        <label htmlFor="withdraw-reason" className="block text-sm">
          {t("withdrawReason")}
        </label>
        <textarea
          id="withdraw-reason"
          value={reason}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
          className="w-full rounded border border-slate-400 p-2"
          rows={2}
        />
      </div>
      <div aria-live="assertive">
        {error && (
          <p role="alert" className="text-accent-600">
            {error}
          </p>
        )}
      </div>
      <div className="flex gap-3">
        <button
          ref={confirmButton}
          type="button"
          disabled={pending}
          onClick={() => void withdraw()}
          className="rounded bg-accent-600 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {t("withdrawConfirm")}
        </button>
        <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-500 px-4 py-2">
          {t("withdrawCancel")}
        </button>
      </div>
    </div>
  );
}
