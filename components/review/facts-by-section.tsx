import { getLocale, getTranslations } from "next-intl/server";
import { FORM_SECTIONS, factFieldFor, type FactField } from "@/lib/rules";
import { SECTION_LABELS } from "@/lib/application/sections";
import { pick } from "./bilingual";

interface FactLine {
  path: string;
  label: string;
  value: string;
}

type Leaf = string | number | boolean | null;

/** Every reported value of the facts with its path ("financials.2025.revenue", "awards.scienceTech[0].level"). */
function leaves(value: unknown, path = ""): { path: string; value: Leaf }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  }
  if (value === undefined) return [];
  return [{ path, value: value as Leaf }];
}

function formatFact(field: FactField | undefined, value: Leaf, locale: string, yes: string, no: string): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? yes : no;
  const option = field?.options?.find((o) => o.value === value);
  if (option) return pick(option.label, locale);
  if (typeof value === "number") {
    const number = new Intl.NumberFormat(locale === "en" ? "en-GB" : "zh-CN", { maximumFractionDigits: 2 }).format(value);
    if (field?.unit === "yuan") return locale === "en" ? `${number} yuan` : `${number}元`;
    if (field?.unit === "percent") return `${number}%`;
    return field?.unit === "year" ? String(value) : number;
  }
  return value;
}

/** A label for a concrete path: the catalogue's, with the year or list position it stands for. */
function labelFor(path: string, field: FactField | undefined, locale: string): string {
  if (!field) return path;
  const label = pick(field.label, locale);
  const year = /^(?:financials|equityFinancing)\.(\d{4})/.exec(path)?.[1];
  const item = /\[(\d+)\]/.exec(path)?.[1];
  const extra = [year, item !== undefined ? `#${Number(item) + 1}` : undefined].filter(Boolean).join(" ");
  return extra ? `${label} (${extra})` : label;
}

/**
 * The application's facts as the company reported them, grouped by the sections of the form,
 * with labels from the field catalogue; sections returned for correction are marked.
 */
export async function FactsBySection({ facts, highlight = [] }: { facts: unknown; highlight?: readonly string[] }) {
  const [t, locale] = await Promise.all([getTranslations("review.detail"), getLocale()]);
  const bySection = new Map<string, FactLine[]>();
  for (const { path, value } of leaves(facts)) {
    const field = factFieldFor(path);
    const section = field?.section ?? "other";
    const lines = bySection.get(section) ?? [];
    lines.push({ path, label: labelFor(path, field, locale), value: formatFact(field, value, locale, t("yes"), t("no")) });
    bySection.set(section, lines);
  }
  const sections = [...FORM_SECTIONS, ...(bySection.has("other") ? ["other" as const] : [])];
  return (
    <div className="space-y-4" data-testid="facts">
      {sections.map((section) => {
        const lines = bySection.get(section) ?? [];
        const title = section === "other" ? t("other") : pick(SECTION_LABELS[section], locale);
        const marked = highlight.includes(section);
        return (
          <section
            key={section}
            aria-labelledby={`facts-${section}`}
            className={`rounded border p-3 ${marked ? "border-orange-500 bg-orange-50" : "border-slate-200"}`}
          >
            <h3 id={`facts-${section}`} className="font-semibold">
              {title}
              {marked && <span className="ml-2 text-sm font-normal text-orange-900">({t("reopenSections")})</span>}
            </h3>
            {lines.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noFacts")}</p>
            ) : (
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                {lines.map((line) => (
                  <div key={line.path} className="contents">
                    <dt className="text-slate-700">{line.label}</dt>
                    <dd className="font-medium tabular-nums">{line.value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
