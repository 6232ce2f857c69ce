import { factFieldFor } from "@/lib/rules";
import { pickText } from "./pick-text";

/**
 * A readable name for a missing fact path: "financials.2025.revenue" → "Revenue (2025)".
 * Paths are named by the field catalogue so the self-assessment form and the panel agree.
 */
export function factLabel(rawPath: string, locale: string): string {
  // Validation issues name list items "awards.scienceTech.0.rank"; the catalogue writes "[0]".
  const path = rawPath.replace(/^awards\.scienceTech\.(\d+)/, "awards.scienceTech[$1]");
  const field = factFieldFor(path);
  if (!field) return rawPath;
  const label = pickText(field.label, locale);
  const year = /^(?:financials|equityFinancing)\.(\d{4})/.exec(path)?.[1];
  if (year) return locale === "en" ? `${label} (${year})` : `${label}（${year}年）`;
  const key = /^regional\.([a-z0-9-]+)$/.exec(path)?.[1];
  if (key) return `${label}: ${key}`;
  const item = /\[(\d+)\]/.exec(path)?.[1];
  if (item !== undefined) return locale === "en" ? `${label} #${Number(item) + 1}` : `${label}（第${Number(item) + 1}项）`;
  return label;
}
