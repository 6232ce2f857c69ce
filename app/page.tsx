import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tiers = [
    { title: t("innovative"), text: t("innovativeText") },
    { title: t("specialized"), text: t("specializedText") },
    { title: t("littleGiant"), text: t("littleGiantText") },
  ];
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/self-assessment" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {t("start")}
          </Link>
          <Link href="/signin" className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
            {t("signInCta")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="tiers-heading" className="space-y-4">
        <h2 id="tiers-heading" className="text-xl font-semibold">
          {t("tiers")}
        </h2>
        <ol className="grid gap-4 md:grid-cols-3">
          {tiers.map((tier, index) => (
            <li key={tier.title} className="rounded border border-slate-200 p-4">
              <p className="text-sm text-slate-500">{index + 1}</p>
              <h3 className="font-semibold text-brand-700">{tier.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{tier.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
