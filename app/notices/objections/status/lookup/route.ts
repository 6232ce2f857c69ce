import { zodFieldErrors } from "@/lib/actions/zod-field-errors";
import { DomainError } from "@/lib/errors/domain-error";
import { clientAddressOf } from "@/lib/http/client-address";
import { objectionStatus, objectionStatusSchema } from "@/lib/services/batches/objection-status";
import { bilingualFieldErrors } from "../../../field-errors";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** The one answer to a reference that does not exist and to one with another contact: nothing to probe. */
const NOT_FOUND = {
  zh: "未找到与该编号和联系方式相符的异议，请核对后重试。",
  en: "No objection matches that reference and contact; check both and try again.",
};

/**
 * An objector follows an objection by its reference and the contact they gave (POST, so neither
 * lands in an address bar, a history or a log). No sign-in; limited per client address.
 */
export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ ok: false, message: { zh: "表单格式不正确。", en: "The form could not be read." } }, 400);
  }
  const parsed = objectionStatusSchema.safeParse({ reference: form.get("reference") ?? "", contact: form.get("contact") ?? "" });
  if (!parsed.success) {
    return json(
      {
        ok: false,
        message: { zh: "提交的内容有误，请按提示修改。", en: "Some of the input is not valid; please correct it." },
        fieldErrors: bilingualFieldErrors(zodFieldErrors(parsed.error)),
      },
      400,
    );
  }
  try {
    const found = await objectionStatus(parsed.data, { ip: clientAddressOf(request.headers) });
    return found ? json({ ok: true, objection: found }) : json({ ok: false, message: NOT_FOUND }, 404);
  } catch (error) {
    if (error instanceof DomainError) return json({ ok: false, message: error.bilingual }, error.details.reason === "rate-limited" ? 429 : error.status);
    console.error("objection status failed", error);
    return json({ ok: false, message: { zh: "系统繁忙，请稍后重试。", en: "Something went wrong; please try again." } }, 500);
  }
}
