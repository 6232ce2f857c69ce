"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createRuleSetVersionAction } from "@/lib/actions/rule-sets/create-rule-set-version";

export function CreateVersionButton({ basedOnId }: { basedOnId: string }) {
  const t = useTranslations("ruleSets.createVersion");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        onClick={() =>
          start(async () => {
            const result = await createRuleSetVersionAction({ basedOnId });
            if (result.ok) router.push(`/admin/rule-sets/${result.data.id}`);
            else setError(result.message);
          })
        }
      >
        {pending ? t("working") : t("button")}
      </button>
      <div aria-live="polite">
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
