/** The text of a bilingual pair (domain labels, service messages) in the page's language. */
export const pick = (text: { zh: string; en: string }, locale: string): string => (locale === "en" ? text.en : text.zh);

/** Dates as officials read them in China, the same on the server and in the browser. */
export function formatDate(date: Date | string | null, locale: string, withTime = false): string {
  if (date === null) return "—";
  const value = typeof date === "string" ? new Date(date) : date;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "Asia/Shanghai",
  }).format(value);
}
