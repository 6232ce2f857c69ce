import { DomainError } from "@/lib/errors/domain-error";
import { clientAddressOf } from "@/lib/http/client-address";
import { findUnstorableText, unstorableTextRefusal } from "@/lib/domain/unstorable-text";
import { zodFieldErrors } from "@/lib/actions/zod-field-errors";
import { lodgeObjection, MAX_EVIDENCE_FILES, objectionSchema } from "@/lib/services/batches/lodge-objection";
import { issueFormChallenge } from "@/lib/http/spam-guard";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/sniff-file-type";
import { bilingualFieldErrors } from "../../field-errors";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * What the form is told when the spam check turns it away: the person keeps what they typed and
 * sends again with the fresh challenge that comes with every refusal, instead of reloading.
 */
const SPAM_CHECK_MESSAGES: Record<string, { zh: string; en: string }> = {
  "too-fast": { zh: "提交过快，请稍候几秒再提交；已填写的内容已保留。", en: "Sent too quickly: wait a few seconds and send again; what you typed is kept." },
  expired: {
    zh: "表单已过期，验证题已更新，请重新计算后提交；已填写的内容已保留。",
    en: "The form had expired: the sum has been renewed; answer it and send again. What you typed is kept.",
  },
  "wrong-form": {
    zh: "此表单不是为该公示发放的，验证题已更新，请重新计算后提交；已填写的内容已保留。",
    en: "This form was served for another notice: the sum has been renewed; answer it and send again. What you typed is kept.",
  },
  "bad-token": {
    zh: "表单已失效，验证题已更新，请重新计算后提交；已填写的内容已保留。",
    en: "The form was no longer valid: the sum has been renewed; answer it and send again. What you typed is kept.",
  },
};

/**
 * A public objection (multipart form with evidence files). No sign-in: anyone may object, so the
 * spam checks, the rate limit and the notice window are all enforced by the service. A refusal
 * carries a new form challenge so the form can be sent again as it is; success carries the
 * objection's reference.
 */
export async function POST(request: Request, context: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await context.params;
  const refuse = (body: Record<string, unknown>, status: number) => json({ ...body, ok: false, challenge: issueFormChallenge(batchId) }, status);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_EVIDENCE_FILES * MAX_UPLOAD_BYTES + 100_000) {
    return refuse({ message: { zh: "上传内容过大。", en: "The upload is too large." } }, 413);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse({ message: { zh: "表单格式不正确。", en: "The form could not be read." } }, 400);
  }
  const unstorable = findUnstorableText(form);
  if (unstorable !== null) {
    const refusal = unstorableTextRefusal(unstorable);
    return refuse({ message: refusal.message, fieldErrors: bilingualFieldErrors(refusal.fieldErrors) }, 400);
  }
  const fields: Record<string, string> = { batchId };
  for (const [key, value] of form.entries()) if (typeof value === "string" && key !== "batchId") fields[key] = value;
  const parsed = objectionSchema.safeParse(fields);
  if (!parsed.success) {
    return refuse(
      {
        message: { zh: "提交的内容有误，请按提示修改。", en: "Some of the input is not valid; please correct it." },
        fieldErrors: bilingualFieldErrors(zodFieldErrors(parsed.error)),
      },
      400,
    );
  }
  const files = await Promise.all(
    form
      .getAll("evidence")
      .filter((v): v is File => typeof v !== "string" && v.size > 0)
      .map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  try {
    const result = await lodgeObjection(parsed.data, files, { ip: clientAddressOf(request.headers) });
    return json({ ok: true, objectionId: result.objectionId, reference: result.reference }, 201);
  } catch (error) {
    if (error instanceof DomainError) {
      const status = error.details.reason === "rate-limited" ? 429 : error.status;
      const reason = typeof error.details.reason === "string" ? error.details.reason : "";
      const message = SPAM_CHECK_MESSAGES[reason] ?? error.bilingual;
      const field = typeof error.details.field === "string" && error.details.field ? error.details.field : null;
      return refuse({ message, fieldErrors: field ? { [field]: [message] } : undefined }, status);
    }
    console.error("objection failed", error);
    return refuse({ message: { zh: "系统繁忙，请稍后重试。", en: "Something went wrong; please try again." } }, 500);
  }
}
