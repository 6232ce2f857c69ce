import type { LocalizedText, RuleSet } from "@/lib/rules";

/**
 * The numbers an administrator may change when deriving a new version: thresholds, band edges
 * and points, points of options and items, caps, block maxima and minima, and the pass mark.
 * Structure (which criteria exist, their metrics and clauses) stays as the measure wrote it;
 * changing that is a code review, not a form.
 */
export type EditableKind = "value" | "edge" | "points" | "otherwise" | "cap" | "max" | "minimum" | "passMark";

export interface EditableValue {
  /** Dotted path into the definition, e.g. "score.blocks.0.criteria.1.bands.2.edge". */
  path: string;
  kind: EditableKind;
  value: number;
  /** The criterion or block the number belongs to. */
  context: LocalizedText;
  /** Which part of the definition it sits in (prerequisites, requirements, score, directRoutes). */
  section: "prerequisites" | "requirements" | "score" | "directRoutes";
  /** For a threshold: its comparison; for a band: its position (1 = best). */
  op?: string;
  band?: number;
  option?: number;
}

const EDITABLE = new Set<string>(["value", "edge", "points", "otherwise", "cap", "max", "minimum", "passMark"]);
// Texts and metric parameters are not values an administrator tunes here.
const SKIP = new Set<string>([
  "title",
  "label",
  "note",
  "otherwiseLabel",
  "clause",
  "yearsBack",
  "years",
  "maxRank",
  "awardScope",
  "key",
  "metric",
  "id",
  "kind",
  "values",
  "expected",
  "direction",
]);
const SECTIONS = ["prerequisites", "requirements", "score", "directRoutes"] as const;

type Node = Record<string, unknown>;

function contextOf(node: Node, inherited: LocalizedText): LocalizedText {
  const title = node.title as LocalizedText | undefined;
  if (title && typeof title.zh === "string") return title;
  const label = node.label as LocalizedText | undefined;
  if (label && typeof label.zh === "string") return label;
  if (typeof node.id === "string") return { zh: `${inherited.zh} · ${node.id}`, en: `${inherited.en} · ${node.id}` };
  return inherited;
}

export function editableValues(definition: RuleSet): EditableValue[] {
  const out: EditableValue[] = [];
  const visit = (value: unknown, path: (string | number)[], context: LocalizedText, section: EditableValue["section"], extra: Partial<EditableValue>) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const parent = path[path.length - 1];
        const more = parent === "bands" ? { band: i + 1 } : parent === "options" || parent === "items" ? { option: i + 1 } : {};
        visit(item, [...path, i], context, section, { ...extra, ...more });
      });
      return;
    }
    if (value === null || typeof value !== "object") return;
    const node = value as Node;
    const here = contextOf(node, context);
    for (const [key, child] of Object.entries(node)) {
      if (SKIP.has(key)) continue;
      if (typeof child === "number" && EDITABLE.has(key)) {
        out.push({
          path: [...path, key].join("."),
          kind: key as EditableKind,
          value: child,
          context: here,
          section,
          ...extra,
          ...(key === "value" && typeof node.op === "string" ? { op: node.op } : {}),
        });
      } else if (typeof child === "object") {
        visit(child, [...path, key], here, section, key === "bands" || key === "options" || key === "items" ? {} : extra);
      }
    }
  };
  for (const section of SECTIONS) {
    const root = { zh: section, en: section };
    visit(definition[section], [section], root, section, {});
  }
  return out;
}

/** A copy of the definition with the given numbers written at their paths (only editable paths). */
export function applyValues(definition: RuleSet, values: ReadonlyMap<string, number>): RuleSet {
  const copy = structuredClone(definition) as unknown as Node;
  for (const [path, value] of values) {
    const keys = path.split(".");
    let node: unknown = copy;
    for (const key of keys.slice(0, -1)) node = (node as Node)[Array.isArray(node) ? Number(key) : key];
    (node as Node)[keys[keys.length - 1]!] = value;
  }
  return copy as unknown as RuleSet;
}
