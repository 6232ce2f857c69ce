import { uploadRoute } from "@/lib/http/upload-route";
import { uploadChangeReportEvidence } from "@/lib/services/documents/upload-change-report-evidence";

export const dynamic = "force-dynamic";

/**
 * Upload of one piece of evidence for a change report the firm is writing (multipart: file): the
 * report's form then submits the returned ids with the report, which attaches them.
 */
export const POST = uploadRoute({
  permission: "change-report:submit",
  what: "change report evidence",
  upload: (actor, _form, file) => uploadChangeReportEvidence(actor, file),
});
