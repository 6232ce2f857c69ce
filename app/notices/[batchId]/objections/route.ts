import { DomainError } from "@/lib/errors/domain-error";
import { findUnstorableText, unstorableTextRefusal } from "@/lib/actions/unstorable-text";
import { zodFieldErrors } from "@/lib/actions/zod-field-errors";
import { lodgeObjection, MAX_EVIDENCE_FILES, objectionSchema } from "@/lib/services/batches/lodge-objection";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/sniff-file-type";

/** The client address as the reverse proxy reports it; only for the rate limit and the stored hash. */
function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A public objection (multipart form with evidence files). No sign-in: anyone may object, so the
 * spam checks, the rate limit and the notice window are all enforced by the service.
 */
export async function POST(request: Request, context: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await context.params;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_EVIDENCE_FILES * MAX_UPLOAD_BYTES + 100_000) {
    return json({ ok: false, message: { zh: "上传内容过大。", en: "The upload is too large." } }, 413);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ ok: false, message: { zh: "表单格式不正确。", en: "The form could not be read." } }, 400);
  }
  const unstorable = findUnstorableText(form);
  if (unstorable !== null) return json(unstorableTextRefusal(unstorable), 400);
  const fields: Record<string, string> = { batchId };
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== "batchId") fields[key] = value;
  const parsed = objectionSchema.safeParse(fields);
  if (!parsed.success) {
    return json({ ok: false, message: { zh: "提交的内容有误，请按提示修改。", en: "Some of the input is not valid; please correct it." }, fieldErrors: zodFieldErrors(parsed.error) }, 400);
  }
  const files = await Promise.all(
    form
      .getAll("evidence")
      .filter((v): v is File => typeof v !== "string" && v.size > 0)
      .map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  try {
    const result = await lodgeObjection(parsed.data, files, { ip: clientIp(request) });
    return json({ ok: true, objectionId: result.objectionId }, 201);
  } catch (error) {
    if (error instanceof DomainError) {
      const status = error.details.reason === "rate-limited" ? 429 : error.status;
      const field = typeof error.details.field === "string" && error.details.field ? error.details.field : null;
      return json({ ok: false, message: error.bilingual, fieldErrors: field ? { [field]: [`${error.bilingual.zh} / ${error.bilingual.en}`] } : undefined }, status);
    }
    console.error("objection failed", error);
    return json({ ok: false, message: { zh: "系统繁忙，请稍后重试。", en: "Something went wrong; please try again." } }, 500);
  }
}
