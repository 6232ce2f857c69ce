import { FACT_FIELDS, type FactField, type FormSection, factFieldFor } from "@/lib/rules";
import { flattenFacts } from "@/lib/application/changed-sections";

export interface SummaryRow {
  path: string;
  label: string;
  value: string;
}

const number = (value: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "zh-CN", { maximumFractionDigits: 2 }).format(value);

function display(field: FactField, value: unknown, locale: string, words: { yes: string; no: string; yuan: string }): string {
  if (typeof value === "boolean") return value ? words.yes : words.no;
  const option = field.options?.find((o) => o.value === value);
  if (option) return locale === "en" ? option.label.en : option.label.zh;
  if (typeof value === "number") {
    if (field.unit === "yuan") return `${number(value, locale)} ${words.yuan}`;
    if (field.unit === "percent") return `${number(value, locale)}%`;
    if (field.unit === "year") return String(value);
    return number(value, locale);
  }
  return String(value);
}

/**
 * The answers of one section as label/value rows for "check your answers", in catalogue order;
 * a per-year or list value names its year or item.
 */
export function sectionSummary(facts: unknown, section: FormSection, locale: string, words: { yes: string; no: string; yuan: string }): SummaryRow[] {
  const order = new Map(FACT_FIELDS.map((f, i) => [f.path, i]));
  const rows: (SummaryRow & { order: number })[] = [];
  for (const [path, value] of flattenFacts(facts)) {
    const field = factFieldFor(path);
    if (!field || field.section !== section || path.startsWith("titlesHeld.")) continue;
    const label = locale === "en" ? field.label.en : field.label.zh;
    const year = /^(?:financials|equityFinancing)\.(\d{4})/.exec(path)?.[1];
    const item = /\[(\d+)\]/.exec(path)?.[1];
    const qualifier = year ? ` (${year})` : item !== undefined ? ` #${Number(item) + 1}` : "";
    rows.push({ path, label: `${label}${qualifier}`, value: display(field, value, locale, words), order: order.get(field.path) ?? 999 });
  }
  return rows.sort((a, b) => a.order - b.order || a.path.localeCompare(b.path)).map(({ order: _o, ...row }) => row);
}
