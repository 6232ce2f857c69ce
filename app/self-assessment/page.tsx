import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pickText } from "@/components/eligibility/pick-text";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { chinaDate, dateOf } from "@/lib/calendar/today";
import { listOpenProgrammes } from "@/lib/services/rule-sets/open-programmes";
import { programmeWithRuleSet } from "@/lib/services/rule-sets/programme-rule-set";
import { ProgrammePicker } from "./programme-picker";
import { SelfAssessmentForm } from "./self-assessment-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("eligibility.selfAssessment");
  return { title: t("title") };
}

/** Public, no sign-in: anyone can check a firm's figures against an open programme's rules. */
export default async function SelfAssessmentPage({ searchParams }: { searchParams: Promise<{ programme?: string | string[] }> }) {
  const [t, locale, params] = await Promise.all([getTranslations("eligibility.selfAssessment"), getLocale(), searchParams]);
  const today = chinaDate();
  const programmes = await listOpenProgrammes(today);
  const wanted = typeof params.programme === "string" ? params.programme : null;
  const chosen = programmes.find((p) => p.code === wanted) ?? null;

  let loaded: Awaited<ReturnType<typeof programmeWithRuleSet>> | null = null;
  let problem: string | null = wanted && !chosen ? t("unknownProgramme") : null;
  if (chosen) {
    try {
      loaded = await programmeWithRuleSet(await prisma(), chosen.code, dateOf(today));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problem = pickText(error.bilingual, locale);
    }
  }

  const tierLabels = { innovative: t("tiers.innovative"), specialized: t("tiers.specialized"), "little-giant": t("tiers.little-giant") };
  const options = programmes.map((p) => ({
    code: p.code,
    tier: p.tier,
    label: p.regionName ? `${pickText(p.regionName, locale)} · ${pickText(p.name, locale)}` : pickText(p.name, locale),
  }));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        <p className="text-sm text-slate-600">
          {t("apiHint")}{" "}
          <Link href="/api-docs" className="text-brand-700 underline">
            {t("apiLink")}
          </Link>
        </p>
      </header>
      {programmes.length === 0 ? (
        <p className="rounded border border-slate-200 p-3">{t("noneOpen")}</p>
      ) : (
        <ProgrammePicker options={options} selected={chosen?.code ?? null} tierLabels={tierLabels} />
      )}
      {problem && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm">
          {problem}
        </p>
      )}
      {loaded ? (
        <>
          <p className="text-sm text-slate-700" data-testid="rule-set-in-force">
            {t("ruleSetInForce", { title: pickText(loaded.ruleSet.definition.title, locale), code: loaded.ruleSet.code, revision: loaded.ruleSet.revision })}
          </p>
          <SelfAssessmentForm
            key={loaded.programme.code}
            programmeCode={loaded.programme.code}
            ruleSet={loaded.ruleSet.definition}
            context={{ applicationYear: loaded.programme.year, asOf: today }}
          />
        </>
      ) : (
        !problem && programmes.length > 0 && <p className="text-slate-700">{t("pickFirst")}</p>
      )}
    </div>
  );
}
