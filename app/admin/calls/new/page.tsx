import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { callFormOptions } from "@/lib/services/calls/call-detail";
import { regionName } from "@/lib/services/regions/region-name";
import { addDays } from "@/lib/calendar/iso-date";
import { CallForm } from "../call-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calls"))("newCall") };
}

/** A new call at the administrator's own level: their province's, or a national one. */
export default async function NewCallPage() {
  const actor = await requirePagePermission("call:manage");
  const [t, locale] = await Promise.all([getTranslations("calls"), getLocale()]);
  const options = await callFormOptions(actor);
  const region = actor.jurisdictionCode ? await regionName(actor.jurisdictionCode, locale) : null;
  const tier = options.tiers[0]!;
  return (
    <div className="space-y-6">
      <nav>
        <Link href="/admin/calls" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold text-brand-800" data-testid="dashboard-title">
        {t("newCall")}
      </h1>
      <CallForm
        mode="create"
        regionLabel={region ?? t("national")}
        regionCode={options.regionCode}
        tiers={options.tiers}
        ruleSets={options.ruleSets}
        noticeMinimum={options.noticeMinimum}
        editable="all"
        initial={{
          tier,
          year: Number(options.today.slice(0, 4)) + 1,
          nameZh: "",
          nameEn: "",
          opensOn: options.today,
          closesOn: addDays(options.today, 90),
          ruleSetId: options.ruleSets.find((r) => r.tier === tier)?.id ?? "",
          noticeWorkingDays: Math.max(5, options.noticeMinimum),
          validityYears: 3,
          annualDataDeadline: "04-30",
          cooloffYears: 3,
          municipalReviewDays: 15,
          provincialReviewDays: 20,
          ministryReviewDays: null,
          expertReviewDays: null,
        }}
      />
    </div>
  );
}
