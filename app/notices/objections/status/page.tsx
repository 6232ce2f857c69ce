import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ObjectionStatusForm } from "@/components/batches/objection-status-form";

export const dynamic = "force-dynamic";

/** Where an objector follows an objection, with the reference shown after lodging and their contact. */
export default async function ObjectionStatusPage() {
  const t = await getTranslations("batches");
  return (
    <div className="max-w-2xl space-y-4">
      <Link href="/notices" className="text-sm text-brand-700 underline">
        {t("notices")}
      </Link>
      <h1 className="text-2xl font-bold text-brand-800">{t("statusTitle")}</h1>
      <p className="text-slate-700">{t("statusIntro")}</p>
      <ObjectionStatusForm
        labels={{
          reference: t("statusReference"),
          contact: t("statusContact"),
          submit: t("statusSubmit"),
          sending: t("sending"),
          status: { open: t("objectionStatus_open"), upheld: t("objectionStatus_upheld"), dismissed: t("objectionStatus_dismissed") },
          statusMeaning: { open: t("statusMeaning_open"), upheld: t("statusMeaning_upheld"), dismissed: t("statusMeaning_dismissed") },
          lodgedOn: t("statusLodgedOn"),
          resolvedOn: t("statusResolvedOn"),
          resolution: t("resolution"),
          batch: t("statusBatch"),
          company: t("colCompany"),
          state: t("statusState"),
          batchWithdrawn: t("statusBatchWithdrawn"),
        }}
      />
    </div>
  );
}
