"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { startRereviewAction } from "@/lib/actions/recognitions/start-rereview";
import { buttonClass, ResultMessage } from "./form-parts";
import { useActionForm } from "./use-action-form";

/** The holder opens the re-review of its title (a new application, continued from "my applications"). */
export function StartRereviewForm({ recognitionId, version }: { recognitionId: string; version: number }) {
  const t = useTranslations("recognitions.rereview");
  const { result, submit, pending } = useActionForm(startRereviewAction);
  return (
    <form onSubmit={submit} className="space-y-2">
      <input type="hidden" name="recognitionId" value={recognitionId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <p className="text-sm text-slate-700">{t("help")}</p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("start")}
      </button>
      <ResultMessage result={result} success={t("started")} />
      {result?.ok && (
        <p>
          <Link className="underline" href={`/company/applications/${result.data.applicationId}`}>
            {t("continue")}
          </Link>
        </p>
      )}
    </form>
  );
}
