import { getTranslations } from "next-intl/server";
import type { TitleState } from "@/lib/services/company-portal/title-state";

const TONE: Record<TitleState["status"], string> = {
  active: "bg-green-100 text-green-900",
  under_rereview: "bg-brand-50 text-brand-800",
  expired: "bg-slate-200 text-slate-800",
  revoked: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-200 text-slate-800",
};

/**
 * A recognised application's badge: the state of the title it led to today, so a revoked or
 * expired title is never shown as a current recognition.
 */
export async function TitleBadge({ title }: { title: TitleState }) {
  const t = await getTranslations("company");
  return (
    <span
      data-testid="application-status"
      data-status="recognised"
      data-title-status={title.status}
      className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONE[title.status]}`}
    >
      {t(`titleStatus.${title.status}`)}
    </span>
  );
}
