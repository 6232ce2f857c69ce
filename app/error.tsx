"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-600 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
