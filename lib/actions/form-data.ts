/**
 * Turns form fields into a plain object; repeated names become arrays, `a.b` names nest. A name
 * that would nest inside a field already holding a value (`a` then `a.b`) is dropped: the form
 * came from somewhere other than our pages, and the schema judges what is left.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  fields: for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION")) continue;
    const path = name.split(".");
    let node = result;
    for (const part of path.slice(0, -1)) {
      if (part === "__proto__" || part === "constructor" || part === "prototype") return result;
      const next = (node[part] ??= {});
      if (!isPlainRecord(next)) continue fields;
      node = next;
    }
    const key = path[path.length - 1]!;
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    const existing = node[key];
    node[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
