import { uploadRoute } from "@/lib/http/upload-route";
import { uploadDocument, uploadDocumentSchema } from "@/lib/services/documents/upload-document";

export const dynamic = "force-dynamic";

/** Upload of one piece of evidence for a section of the firm's application (multipart: applicationId, section, file). */
export const POST = uploadRoute({
  permission: "application:edit",
  what: "document",
  upload: (actor, form, file) => {
    const fields = uploadDocumentSchema.safeParse({ applicationId: form.get("applicationId"), section: form.get("section") });
    return fields.success ? uploadDocument(actor, fields.data, file) : null;
  },
});
