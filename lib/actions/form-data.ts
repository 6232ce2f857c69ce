/** Turns form fields into a plain object; repeated names become arrays, `a.b` names nest. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION")) continue;
    const path = name.split(".");
    let node = result;
    for (const part of path.slice(0, -1)) {
      if (part === "__proto__" || part === "constructor" || part === "prototype") return result;
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    const key = path[path.length - 1]!;
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const existing = node[key];
    node[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}
