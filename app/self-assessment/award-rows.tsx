"use client";

import { useTranslations } from "next-intl";
import { factFieldFor } from "@/lib/rules";
import { pickText } from "@/components/eligibility/pick-text";
import type { AwardRow } from "./build-facts";
import { FactInput } from "./fact-input";

/** Science and technology awards: null = not answered, [] = none, otherwise one row per award. */
export function AwardRows({
  awards,
  onChange,
  errors,
  locale,
}: {
  awards: AwardRow[] | null;
  onChange: (next: AwardRow[] | null) => void;
  errors: Record<string, string>;
  locale: string;
}) {
  const t = useTranslations("eligibility.selfAssessment");
  const list = factFieldFor("awards.scienceTech")!;
  const item = (key: keyof AwardRow) => factFieldFor(`awards.scienceTech[0].${key}`)!;
  return (
    <fieldset className="space-y-2 rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">{pickText(list.label, locale)}</legend>
      {list.help && <p className="text-xs text-slate-600">{pickText(list.help, locale)}</p>}
      {awards === null && <p className="text-sm text-slate-600">{t("awardsNotAnswered")}</p>}
      {awards?.length === 0 && <p className="text-sm">{t("awardsNone")}</p>}
      {awards?.map((award, index) => (
        <div key={index} className="grid grid-cols-[1fr_1fr_1fr_auto] items-end gap-2" role="group" aria-label={t("awardNumber", { n: index + 1 })}>
          {(["level", "year", "rank"] as const).map((key) => (
            <FactInput
              key={key}
              field={item(key)}
              path={`awards.scienceTech.${index}.${key}`}
              label={`${pickText(item(key).label, locale)} (${index + 1})`}
              value={award[key]}
              error={errors[`awards.scienceTech.${index}.${key}`]}
              onChange={(_, value) => onChange(awards.map((a, i) => (i === index ? { ...a, [key]: value } : a)))}
              locale={locale}
            />
          ))}
          <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm" onClick={() => onChange(awards.filter((_, i) => i !== index))}>
            {t("remove")}
          </button>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded border border-brand-600 px-2 py-1 text-sm text-brand-700"
          onClick={() => onChange([...(awards ?? []), { level: "", year: "", rank: "" }])}
        >
          {t("addAward")}
        </button>
        {awards === null ? (
          <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm" onClick={() => onChange([])}>
            {t("noAwards")}
          </button>
        ) : (
          <button type="button" className="rounded border border-slate-300 px-2 py-1 text-sm" onClick={() => onChange(null)}>
            {t("clearAwards")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
