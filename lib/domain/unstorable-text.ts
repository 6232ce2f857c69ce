/**
 * PostgreSQL text cannot hold U+0000, and a lone UTF-16 surrogate cannot be encoded as UTF-8 at
 * all, yet both arrive in a server action's JSON arguments ("\u0000", "\ud800"), and NUL also in
 * form fields and uploaded text. Left to the database they fail the write with a driver error,
 * which callers would see as a 500; found here first they are an ordinary invalid-input answer
 * naming the field.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_TEXT_MESSAGE = {
  zh: "内容中含有无法保存的字符（如空字符），请删除后重试。",
  en: "The text contains characters that cannot be stored (such as NUL); remove them and try again.",
} as const;

/** The JSON body a route handler answers (with 400) when a field holds unstorable text. */
export function unstorableTextRefusal(field: string) {
  return { ok: false as const, message: UNSTORABLE_TEXT_MESSAGE, fieldErrors: { [field]: [`${UNSTORABLE_TEXT_MESSAGE.zh} / ${UNSTORABLE_TEXT_MESSAGE.en}`] } };
}

export function hasUnstorableText(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** The dotted path of the first string (value or key) that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return hasUnstorableText(value) ? path.join(".") : null;
  if (value === null || typeof value !== "object" || depth > 64) return null;
  if (value instanceof FormData) {
    for (const [key, entry] of value.entries()) {
      if (hasUnstorableText(key) || (typeof entry === "string" ? hasUnstorableText(entry) : hasUnstorableText(entry.name))) return key;
    }
    return null;
  }
  for (const [key, entry] of Object.entries(value)) {
    const here = [...path, key];
    if (hasUnstorableText(key)) return here.join(".");
    const found = findUnstorableText(entry, here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
