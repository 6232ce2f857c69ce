import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClaimForm } from "./claim-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims.form"))("pageTitle") };
}

/** Public: a person claims a firm that is on the register with no user (docs/decisions/027). */
export default async function ClaimPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations("claims.form"), searchParams]);
  const code = typeof params.creditCode === "string" ? params.creditCode.trim().slice(0, 18) : "";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <ClaimForm creditCode={code} />
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/signup" className="text-brand-700 underline">
          {t("signupLink")}
        </Link>
      </p>
    </div>
  );
}
