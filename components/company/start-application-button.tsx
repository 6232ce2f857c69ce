"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { startApplicationAction } from "@/lib/actions/company/start-application";

export function StartApplicationButton({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  const t = useTranslations("company");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = `start-${programmeId}-error`;
  async function start() {
    setPending(true);
    setError(null);
    const result = await startApplicationAction({ programmeId });
    if (result.ok) router.push(`/company/applications/${result.data.id}`);
    else {
      setPending(false);
      setError(result.message);
    }
  }
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={start}
        disabled={pending}
        aria-describedby={error ? errorId : undefined}
        aria-label={t("dashboard.startFor", { name: programmeName })}
        className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("dashboard.starting") : t("dashboard.start")}
      </button>
      <p id={errorId} aria-live="polite" className="text-sm text-accent-600">
        {error}
      </p>
    </div>
  );
}
