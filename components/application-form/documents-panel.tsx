"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { removeDocumentAction } from "@/lib/actions/documents/remove-document";

export interface PanelDocument {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

const MAX_BYTES = 10 * 1024 * 1024;
const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/**
 * Evidence for one section: upload (PDF or images up to 10 MB; the server checks the content),
 * preview in a new tab, and removal while the section may still change.
 */
export function DocumentsPanel({
  applicationId,
  section,
  sectionTitle,
  documents,
  editable,
}: {
  applicationId: string;
  section: string;
  sectionTitle: string;
  documents: PanelDocument[];
  editable: boolean;
}) {
  const t = useTranslations("company.documents");
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    setNotice(null);
    // A quick check before sending 10 MB for nothing; the server checks again.
    if (file.size > MAX_BYTES) {
      setError(t("tooLarge"));
      event.target.value = "";
      return;
    }
    setBusy(true);
    const body = new FormData();
    body.set("applicationId", applicationId);
    body.set("section", section);
    body.set("file", file);
    const response = await fetch("/api/documents", { method: "POST", body }).catch(() => null);
    const result = (await response?.json().catch(() => null)) as { ok: boolean; message?: string } | null;
    setBusy(false);
    event.target.value = "";
    if (!response || !result?.ok) {
      setError(result?.message ?? t("failed"));
      return;
    }
    setNotice(t("uploaded", { name: file.name }));
    router.refresh();
  }

  async function remove(document: PanelDocument) {
    if (!window.confirm(t("confirmRemove", { name: document.fileName }))) return;
    const result = await removeDocumentAction({ documentId: document.id });
    if (!result.ok) setError(result.message);
    else {
      setNotice(t("removed", { name: document.fileName }));
      router.refresh();
    }
  }

  return (
    <section aria-label={t("title", { section: sectionTitle })} className="space-y-3 rounded border p-3" data-testid={`documents-${section}`}>
      <h2 className="font-semibold">{t("title", { section: sectionTitle })}</h2>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-3" data-testid="document">
              {d.mimeType.startsWith("image/") && (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={`/api/documents/${d.id}`} alt="" className="h-12 w-12 rounded border object-cover" />
              )}
              <a href={`/api/documents/${d.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                {d.fileName}
              </a>
              <span className="text-sm text-slate-600">{kilobytes(d.size)}</span>
              <a href={`/api/documents/${d.id}?download=1`} className="text-sm text-brand-700 underline">
                {t("download")}
                <span className="sr-only"> {d.fileName}</span>
              </a>
              {editable && (
                <button type="button" onClick={() => void remove(d)} className="rounded border border-slate-400 px-2 py-0.5 text-sm">
                  {t("remove")}
                  <span className="sr-only"> {d.fileName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="space-y-1">
          <label htmlFor={inputId} className="block font-medium">
            {t("upload")}
          </label>
          <p id={`${inputId}-hint`} className="text-sm text-slate-600">
            {t("hint")}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept="application/pdf,image/png,image/jpeg,image/webp"
            disabled={busy}
            onChange={(e) => void upload(e)}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            data-testid={`upload-${section}`}
          />
        </div>
      )}
      <div aria-live="polite">
        {busy && <p className="text-sm">{t("uploading")}</p>}
        {error && (
          <p id={`${inputId}-error`} role="alert" className="text-sm text-accent-600">
            {error}
          </p>
        )}
        {notice && <p className="text-sm text-green-800">{notice}</p>}
      </div>
    </section>
  );
}
