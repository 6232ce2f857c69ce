/** The text of a bilingual pair in the reader's language. */
export function pick(text: { zh: string; en: string }, locale: string): string {
  return locale === "en" ? text.en : text.zh;
}
