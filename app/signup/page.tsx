import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db/client";
import { INDUSTRIES } from "@/lib/demo/industries";
import { SignupForm } from "./signup-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signup"))("title") };
}

export default async function SignupPage() {
  const [t, locale, db] = await Promise.all([getTranslations("signup"), getLocale(), prisma()]);
  const provinces = await db.region.findMany({ where: { level: "province" }, select: { code: true, nameZh: true, nameEn: true }, orderBy: { code: "asc" } });
  const en = locale === "en";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <SignupForm
        provinces={provinces.map((p) => ({ code: p.code, name: en ? p.nameEn : p.nameZh }))}
        industries={INDUSTRIES.map((i) => ({ code: i.code, name: `${i.code} ${en ? i.nameEn : i.nameZh}` }))}
      />
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
