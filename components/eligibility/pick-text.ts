import type { LocalizedText } from "@/lib/rules";

/** The engine's bilingual texts in the page's language (Chinese unless English was chosen). */
export function pickText(text: LocalizedText, locale: string): string {
  return locale === "en" ? text.en : text.zh;
}
