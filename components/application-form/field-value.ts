import type { FactField } from "@/lib/rules";

/** A form error as a translation key (company.form.errors.*) with its values. */
export interface FieldProblem {
  key: string;
  values?: Record<string, string | number>;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: FieldProblem };

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * What a typed value means for a field of the catalogue; an empty input means "not answered".
 * Thousands separators and spaces are allowed in amounts ("12,000,000").
 */
export function parseFieldValue(field: Pick<FactField, "unit" | "options" | "signed">, raw: string): Parsed {
  const text = raw.trim();
  if (text === "") return { ok: true, value: undefined };
  switch (field.unit) {
    case "boolean":
      return text === "true" ? { ok: true, value: true } : text === "false" ? { ok: true, value: false } : { ok: false, problem: { key: "invalid" } };
    case "enum": {
      const option = field.options?.find((o) => String(o.value) === text);
      return option ? { ok: true, value: option.value } : { ok: false, problem: { key: "invalid" } };
    }
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(text) ? { ok: true, value: text } : { ok: false, problem: { key: "date" } };
    default: {
      const cleaned = text.replace(/[,，\s]/g, "");
      if (!NUMBER.test(cleaned)) return { ok: false, problem: { key: "number" } };
      const value = Number(cleaned);
      if (value < 0 && !field.signed) return { ok: false, problem: { key: "negative" } };
      const integer = field.unit === "count" || field.unit === "year" || field.unit === "rank";
      if (integer && !Number.isInteger(value)) return { ok: false, problem: { key: "integer" } };
      return { ok: true, value };
    }
  }
}

/** How a stored value is shown in its input. */
export function formatFieldValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value);
}
