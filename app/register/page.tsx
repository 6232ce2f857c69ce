import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLang } from "@/components/batches/locale";
import { RegisterResults } from "@/components/register/register-results";
import { RegisterSearchForm } from "@/components/register/register-search-form";
import { registerQueryFromParams } from "@/lib/domain/register/register-query";
import { searchRegister } from "@/lib/services/register/search-register";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("register"))("title") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = registerQueryFromParams(await searchParams);
  const [t, lang, page] = await Promise.all([getTranslations("register"), currentLang(), searchRegister(query)]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="flex gap-4 text-sm">
          <Link href="/register/batches" className="text-brand-700 underline">
            {t("browseBatches")}
          </Link>
          <Link href="/statistics" className="text-brand-700 underline">
            {t("statisticsTitle")}
          </Link>
          <Link href="/verify" className="text-brand-700 underline">
            {t("verifyTitle")}
          </Link>
        </p>
      </div>
      <RegisterSearchForm query={query} lang={lang} action="/register" />
      <RegisterResults page={page} query={query} lang={lang} basePath="/register" />
    </div>
  );
}
