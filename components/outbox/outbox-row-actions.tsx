"use client";

import { useTranslations } from "next-intl";
import { discardOutboxAction } from "@/lib/actions/outbox/discard-outbox";
import { retryOutboxAction } from "@/lib/actions/outbox/retry-outbox";
import { ResultMessage } from "@/components/recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";

/** Retry or discard one dead message. */
export function OutboxRowActions({ id, recipient }: { id: string; recipient: string }) {
  const t = useTranslations("outbox");
  const retry = useActionForm(retryOutboxAction);
  const discard = useActionForm(discardOutboxAction, "recognitions", { confirm: () => window.confirm(t("confirmDiscard", { recipient })) });
  const small = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60";
  return (
    <div className="flex flex-wrap items-start gap-2">
      <form onSubmit={retry.submit}>
        <input type="hidden" name="ids" value={id} />
        <button type="submit" className={small} disabled={retry.pending} aria-label={`${t("retry")}: ${recipient}`}>
          {t("retry")}
        </button>
        <ResultMessage result={retry.result} success={t("retried")} />
      </form>
      <form onSubmit={discard.submit}>
        <input type="hidden" name="ids" value={id} />
        <button type="submit" className={small} disabled={discard.pending} aria-label={`${t("discard")}: ${recipient}`}>
          {t("discard")}
        </button>
        <ResultMessage result={discard.result} success={t("discarded")} />
      </form>
    </div>
  );
}

/** After an outage of the mail server: every dead message queued again at once. */
export function RetryAllDead({ count }: { count: number }) {
  const t = useTranslations("outbox");
  const { result, submit, pending } = useActionForm(retryOutboxAction);
  return (
    <form onSubmit={submit} className="space-y-2">
      <input type="hidden" name="all" value="dead" />
      <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60" disabled={pending}>
        {t("retryAll", { count })}
      </button>
      <ResultMessage result={result} success={t("retried")} testId="retry-all-result" />
    </form>
  );
}
