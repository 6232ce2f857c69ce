import type { EditableValue } from "@/lib/domain/rule-sets/editable-values";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What an editable number is, in words: "Threshold (≥)", "Band 2: points", "Pass mark"… */
export function valueLabel(t: Translate, v: Pick<EditableValue, "kind" | "op" | "band" | "option">): string {
  switch (v.kind) {
    case "value":
      return t("kinds.value", { op: v.op ?? "" });
    case "edge":
      return t("kinds.edge", { band: v.band ?? 1 });
    case "points":
      return v.band ? t("kinds.bandPoints", { band: v.band }) : v.option ? t("kinds.optionPoints", { option: v.option }) : t("kinds.points");
    default:
      return t(`kinds.${v.kind}`);
  }
}
