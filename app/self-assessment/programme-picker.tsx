"use client";

import { useTranslations } from "next-intl";
import type { Tier } from "@/lib/rules";
import { TIERS } from "@/lib/domain/tier";

export interface PickerOption {
  code: string;
  tier: Tier;
  label: string;
}

/**
 * A plain GET form, so choosing a programme works without JavaScript; with it, the choice
 * applies as soon as it is made.
 */
export function ProgrammePicker({ options, selected, tierLabels }: { options: PickerOption[]; selected: string | null; tierLabels: Record<Tier, string> }) {
  const t = useTranslations("eligibility.selfAssessment");
  const tiers = TIERS.filter((tier) => options.some((o) => o.tier === tier));
  return (
    <form method="get" action="/self-assessment" className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor="programme" className="block text-sm font-medium">
          {t("programme")}
        </label>
        <select
          id="programme"
          name="programme"
          defaultValue={selected ?? ""}
          className="w-full rounded border border-slate-300 px-2 py-1"
          onChange={(e) => {
            if (e.target.value) e.target.form?.requestSubmit();
          }}
        >
          <option value="" disabled>
            {t("chooseProgramme")}
          </option>
          {tiers.map((tier) => (
            <optgroup key={tier} label={tierLabels[tier]}>
              {options
                .filter((o) => o.tier === tier)
                .map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700">
        {t("choose")}
      </button>
    </form>
  );
}
