import { factFieldFor } from "../fact-fields";
import type { LocalizedText } from "../localized-text";

/**
 * A missing fact named as a person reads it, from the field catalogue: "financials.2025.revenue"
 * → "营业收入（2025年）" / "Revenue (2025)". A path the catalogue does not know (a rule set's own
 * indicator) falls back to "the figure" rather than printing the path.
 */
export function factPathLabel(rawPath: string): LocalizedText {
  // Validation issues name list items "awards.scienceTech.0.rank"; the catalogue writes "[0]".
  const path = rawPath.replace(/^awards\.scienceTech\.(\d+)/, "awards.scienceTech[$1]");
  const field = factFieldFor(path);
  if (!field) return { zh: "相关数据", en: "the figure" };
  const { zh, en } = field.label;
  const year = /^(?:financials|equityFinancing)\.(\d{4})/.exec(path)?.[1];
  if (year) return { zh: `${zh}（${year}年）`, en: `${en} (${year})` };
  const item = /\[(\d+)\]/.exec(path)?.[1];
  if (item !== undefined) return { zh: `${zh}（第${Number(item) + 1}项）`, en: `${en} #${Number(item) + 1}` };
  return { zh, en };
}

/** Several missing facts as one list in each language. */
export function factPathList(paths: readonly string[]): LocalizedText {
  const labels = [...new Map(paths.map((p) => [p, factPathLabel(p)])).values()];
  const zh = [...new Set(labels.map((l) => l.zh))].join("、");
  const en = [...new Set(labels.map((l) => l.en))].join(", ");
  return { zh, en };
}
