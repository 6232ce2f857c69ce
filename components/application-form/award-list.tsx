"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FactField } from "@/lib/rules";
import { FieldControl } from "./field-control";

export interface AwardRow {
  level: string;
  year: string;
  rank: string;
}

/** The repeating list of science and technology awards: one group of fields per award. */
export function AwardList(props: {
  list: FactField;
  items: FactField[];
  rows: AwardRow[];
  errors: Record<string, string | undefined>;
  disabled: boolean;
  onChange: (rows: AwardRow[]) => void;
}) {
  const { list, items, rows, errors, disabled, onChange } = props;
  const t = useTranslations("company.form");
  const locale = useLocale();
  const title = locale === "en" ? list.label.en : list.label.zh;
  const key = (path: string) => path.slice(path.lastIndexOf(".") + 1) as keyof AwardRow;
  return (
    <fieldset className="space-y-3 rounded border p-3">
      <legend className="px-1 font-medium">{title}</legend>
      {list.help && <p className="text-sm text-slate-600">{locale === "en" ? list.help.en : list.help.zh}</p>}
      {rows.length === 0 && <p className="text-sm text-slate-600">{t("noAwards")}</p>}
      {rows.map((row, index) => (
        <div key={index} role="group" aria-label={t("awardNumber", { n: index + 1 })} className="grid gap-3 border-t pt-3 sm:grid-cols-[1fr_1fr_1fr_auto]">
          {items.map((field) => {
            const path = field.path.replace("[]", `[${index}]`);
            return (
              <FieldControl
                key={path}
                field={field}
                path={path}
                value={row[key(field.path)]}
                error={errors[path]}
                disabled={disabled}
                onChange={(_, raw) => onChange(rows.map((r, i) => (i === index ? { ...r, [key(field.path)]: raw } : r)))}
              />
            );
          })}
          {!disabled && (
            <button
              type="button"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              className="self-end rounded border border-slate-400 px-2 py-1 text-sm"
            >
              {t("removeAward", { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {!disabled && (
        <button
          type="button"
          onClick={() => onChange([...rows, { level: "", year: "", rank: "" }])}
          className="rounded border border-brand-600 px-3 py-1 text-sm text-brand-700"
        >
          {t("addAward")}
        </button>
      )}
    </fieldset>
  );
}
