import { getLocale } from "next-intl/server";

export type Lang = "zh" | "en";

/** The language of bilingual data ({ zh, en }) for the current request. */
export async function currentLang(): Promise<Lang> {
  return (await getLocale()) === "en" ? "en" : "zh";
}

export const text = (value: { zh: string; en: string } | null | undefined, lang: Lang) => (value ? value[lang] : "");
