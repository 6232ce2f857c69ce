"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { deleteDraftAction } from "@/lib/actions/company/delete-draft";

/**
 * Deleting a draft, behind a native modal <dialog> (focus moves into it and returns, Escape
 * closes it, the page behind is inert): the answers and files cannot be brought back.
 */
export function DeleteDraftControl({ applicationId, version }: { applicationId: string; version: number }) {
  const t = useTranslations("company.deleteDraft");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    const result = await deleteDraftAction({ applicationId, expectedVersion: version });
    if (result.ok) {
      dialog.current?.close();
      router.push("/company");
      router.refresh();
      return;
    }
    setPending(false);
    setError(result.message);
  }

  return (
    <section aria-labelledby="delete-draft" className="space-y-2 border-t pt-4">
      <h2 id="delete-draft" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">{t("lead")}</p>
      <button type="button" onClick={() => dialog.current?.showModal()} className="rounded border border-accent-600 px-4 py-2 text-accent-600">
        {t("open")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-draft-question"
        aria-describedby="delete-draft-detail"
        className="m-auto max-w-md space-y-3 rounded border border-accent-600 p-4 backdrop:bg-black/40"
        data-testid="delete-draft-dialog"
      >
        <p id="delete-draft-question" className="font-medium">
          {t("question")}
        </p>
        <p id="delete-draft-detail" className="text-sm">
          {t("detail")}
        </p>
        <div aria-live="assertive">
          {error && (
            <p role="alert" className="text-accent-600">
              {error}
            </p>
          )}
        </div>
        <div className="flex gap-3">
          <button
            type="button"
            disabled={pending}
            onClick={() => void remove()}
            className="rounded bg-accent-600 px-4 py-2 font-medium text-white disabled:opacity-60"
          >
            {pending ? t("deleting") : t("confirm")}
          </button>
          {/* The safe choice takes the focus when the dialog opens. */}
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded border border-slate-500 px-4 py-2">
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </section>
  );
}
