import type { LocalizedText } from "@/lib/rules";
import type { EditableValue } from "@/lib/domain/rule-sets/editable-values";

export interface ValueGroup {
  section: EditableValue["section"];
  context: LocalizedText;
  values: EditableValue[];
}

/** Consecutive values of the same criterion or block, so each criterion reads as one group. */
export function groupValues(values: readonly EditableValue[]): ValueGroup[] {
  const groups: ValueGroup[] = [];
  for (const value of values) {
    const last = groups[groups.length - 1];
    if (last && last.section === value.section && last.context.en === value.context.en && last.context.zh === value.context.zh) last.values.push(value);
    else groups.push({ section: value.section, context: value.context, values: [value] });
  }
  return groups;
}
