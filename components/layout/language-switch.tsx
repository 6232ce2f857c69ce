import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";

export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  const other = locale === "en" ? "zh-CN" : "en";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        aria-label={`${t("language")}: ${t("switchTo")}`}
        className="rounded border border-white/40 px-2 py-1 text-sm hover:bg-white/10"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
