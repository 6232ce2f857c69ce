"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ApplicationSection } from "@/lib/application/sections";
import { saveDraftAction } from "@/lib/actions/company/save-draft";
import type { Facts } from "@/lib/rules";

/** For a section without fields of its own (documents): mark it finished and go back to the task list. */
export function MarkSectionComplete(props: {
  applicationId: string;
  section: ApplicationSection;
  facts: Facts;
  version: number;
  complete: boolean;
  taskListHref: string;
}) {
  const t = useTranslations("company.form");
  const router = useRouter();
  const [checked, setChecked] = useState(props.complete);
  const [error, setError] = useState<string | null>(null);
  // A refusal tied to the mark itself (e.g. no file yet in the documents section) points at the checkbox.
  const [onMark, setOnMark] = useState(false);
  const [pending, setPending] = useState(false);
  async function save() {
    setPending(true);
    const result = await saveDraftAction({
      applicationId: props.applicationId,
      expectedVersion: props.version,
      facts: props.facts,
      ...(checked ? { complete: [props.section] } : { incomplete: [props.section] }),
    });
    setPending(false);
    if (result.ok) router.push(props.taskListHref);
    else {
      setError(result.status === 409 ? t("conflictTitle") : result.message);
      setOnMark(result.details?.field === "complete");
    }
  }
  return (
    <div className="space-y-3 border-t pt-4">
      <div className="flex items-center gap-2">
        <input
          id="section-complete"
          type="checkbox"
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
          aria-invalid={onMark ? true : undefined}
          aria-describedby={onMark ? "section-complete-error" : undefined}
          className="h-4 w-4"
        />
        <label htmlFor="section-complete">{t("markComplete")}</label>
      </div>
      <p id="section-complete-error" aria-live="polite" role="status" className="text-sm text-accent-600">
        {error}
      </p>
      <button
        type="button"
        onClick={() => void save()}
        disabled={pending}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {t("saveAndReturn")}
      </button>
    </div>
  );
}
