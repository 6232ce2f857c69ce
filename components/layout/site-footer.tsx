import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 text-sm text-slate-600">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6">
        <p>{t("footer")}</p>
        <p>{t("footerNote")}</p>
      </div>
    </footer>
  );
}
