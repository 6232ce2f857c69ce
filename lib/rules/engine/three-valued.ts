/**
 * Kleene logic: null means "depends on facts not reported". This is what lets the engine say
 * "eligible" when a direct route already holds, or "not eligible" when a mandatory criterion has
 * certainly failed, however many other facts are missing.
 */
export type Tri = boolean | null;

export function and3(values: readonly Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === false) return false;
    if (v === null) unknown = true;
  }
  return unknown ? null : true;
}

export function or3(values: readonly Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === null) unknown = true;
  }
  return unknown ? null : false;
}

/** Whether a score known to lie in [min, max] reaches a mark. */
export function reaches(min: number, max: number, mark: number): Tri {
  if (min >= mark) return true;
  if (max < mark) return false;
  return null;
}
