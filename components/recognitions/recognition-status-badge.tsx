import { RECOGNITION_STATUS_LABELS, type RecognitionStatus } from "@/lib/workflow/recognition-lifecycle";
import { pick } from "./labels";

const TONE: Record<RecognitionStatus, string> = {
  active: "bg-green-100 text-green-900",
  under_rereview: "bg-amber-100 text-amber-900",
  expired: "bg-slate-200 text-slate-800",
  revoked: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-100 text-slate-700",
};

/** A title's status in words (colour only adds to the text). */
export function RecognitionStatusBadge({ status, locale }: { status: RecognitionStatus; locale: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm whitespace-nowrap ${TONE[status]}`} data-status={status}>
      {pick(RECOGNITION_STATUS_LABELS[status], locale)}
    </span>
  );
}
