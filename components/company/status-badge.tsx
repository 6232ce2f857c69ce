import type { ApplicationStatus } from "@/lib/workflow/application-lifecycle";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
import { pick } from "./pick";

const TONE: Record<ApplicationStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  municipal_review: "bg-brand-50 text-brand-800",
  provincial_review: "bg-brand-50 text-brand-800",
  ministry_review: "bg-brand-50 text-brand-800",
  returned: "bg-amber-100 text-amber-900",
  approved: "bg-green-100 text-green-900",
  recognised: "bg-green-100 text-green-900",
  rejected: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-200 text-slate-700",
};

export function StatusBadge({ status, locale }: { status: ApplicationStatus; locale: string }) {
  return (
    <span data-testid="application-status" data-status={status} className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>
      {pick(APPLICATION_STATUS_LABELS[status], locale)}
    </span>
  );
}
