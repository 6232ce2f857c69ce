import { FACT_FIELDS, type FactField, type FormSection } from "@/lib/rules";

/**
 * Which catalogue fields a section's form shows. Titles held come from the register (the
 * evaluation reads them there), and provincial indicators are declared by a rule set, so neither
 * is typed into the generic form.
 */
const NOT_TYPED = (field: FactField) => field.path.startsWith("titlesHeld.") || field.repeat === "per-indicator";

export interface SectionLayout {
  single: FactField[];
  perYear: FactField[];
  /** awards.scienceTech: the item fields of a repeating list. */
  listItems: FactField[];
  list: FactField | null;
}

export function sectionLayout(section: FormSection): SectionLayout {
  const fields = FACT_FIELDS.filter((f) => f.section === section && !NOT_TYPED(f));
  return {
    single: fields.filter((f) => !f.repeat),
    perYear: fields.filter((f) => f.repeat === "per-year"),
    list: fields.find((f) => f.repeat === "list" && !f.path.includes("[]")) ?? null,
    listItems: fields.filter((f) => f.repeat === "list" && f.path.includes("[]")),
  };
}

/** The three financial years before the application year, most recent first ("last year" is year − 1). */
export function financialYears(applicationYear: number): string[] {
  return [1, 2, 3].map((n) => String(applicationYear - n));
}

/** The concrete path of a per-year field for one year. */
export function yearPath(field: FactField, year: string): string {
  return field.path.replace("{year}", year);
}

/** Every concrete path a section's form may write, for the given application year. */
export function sectionPaths(section: FormSection, applicationYear: number): string[] {
  const layout = sectionLayout(section);
  return [...layout.single.map((f) => f.path), ...layout.perYear.flatMap((f) => financialYears(applicationYear).map((y) => yearPath(f, y)))];
}
