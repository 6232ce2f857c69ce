"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { transitionApplicationAction } from "@/lib/actions/company/transition-application";

/** Submit or resubmit: one click with the version the page showed; refusals (unfinished sections, a newer version) are announced. */
export function TransitionButton({
  applicationId,
  version,
  action,
  label,
}: {
  applicationId: string;
  version: number;
  action: "submit" | "resubmit";
  label: string;
}) {
  const t = useTranslations("company");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setPending(true);
    setError(null);
    const result = await transitionApplicationAction({ applicationId, action, expectedVersion: version });
    if (result.ok) {
      // No refresh of this page: the check page sends a submitted file to its status page
      // without the "done" note, and that redirect would win over this navigation.
      router.push(`/company/applications/${applicationId}/status?done=${action}`);
    } else {
      setPending(false);
      setError(result.message);
    }
  }
  return (
    <div className="space-y-2">
      <div aria-live="assertive">
        {error && (
          <p role="alert" id="transition-error" className="rounded border border-accent-600 bg-red-50 p-3 text-accent-600">
            {error}
          </p>
        )}
      </div>
      <button
        type="button"
        onClick={() => void run()}
        disabled={pending}
        aria-describedby={error ? "transition-error" : undefined}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("check.sending") : label}
      </button>
    </div>
  );
}
