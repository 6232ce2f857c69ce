"use client";

import { useTranslations } from "next-intl";

/** Shown when another tab or a colleague saved a newer version: nothing is overwritten until the person chooses. */
export function ConflictBanner({ onReload, onKeepMine }: { onReload: () => void; onKeepMine: () => void }) {
  const t = useTranslations("company.form");
  return (
    <div role="alert" data-testid="conflict-banner" className="space-y-2 rounded border border-amber-500 bg-amber-50 p-3">
      <p className="font-medium">{t("conflictTitle")}</p>
      <p className="text-sm">{t("conflictText")}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onReload} className="rounded border border-slate-500 bg-white px-3 py-1 text-sm">
          {t("conflictReload")}
        </button>
        <button type="button" onClick={onKeepMine} className="rounded bg-brand-600 px-3 py-1 text-sm text-white">
          {t("conflictKeepMine")}
        </button>
      </div>
    </div>
  );
}
