import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { hasPermission } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors/domain-error";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/sniff-file-type";
import { uploadChangeReportEvidence } from "@/lib/services/documents/upload-change-report-evidence";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Upload of one piece of evidence for a change report the firm is writing (multipart: file),
 * the same way as an application's evidence (/api/documents): the report's form then submits
 * the returned ids with the report, which attaches them.
 */
export async function POST(request: NextRequest) {
  const locale = await getLocale().catch(() => "zh-CN");
  const say = (zh: string, en: string) => (locale === "en" ? en : zh);
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ ok: false, message: say("请先登录。", "Please sign in first.") }, { status: 401 });
  if (!hasPermission(actor, "change-report:submit"))
    return NextResponse.json({ ok: false, message: say("您无权执行此操作。", "You are not allowed to do this.") }, { status: 403 });

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
    return NextResponse.json({ ok: false, field: "file", message: say("文件超过10 MB上限。", "The file is larger than the 10 MB limit.") }, { status: 413 });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) {
    return NextResponse.json({ ok: false, field: "file", message: say("请选择要上传的文件。", "Choose a file to upload.") }, { status: 400 });
  }
  try {
    const document = await uploadChangeReportEvidence(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return NextResponse.json({ ok: true, document }, { status: 201 });
  } catch (error) {
    if (error instanceof DomainError) {
      return NextResponse.json(
        { ok: false, field: "file", message: say(error.bilingual.zh, error.bilingual.en), details: error.details },
        { status: error.status },
      );
    }
    console.error("change report evidence upload failed", error);
    return NextResponse.json({ ok: false, message: say("上传失败，请稍后重试。", "The upload failed; please try again.") }, { status: 500 });
  }
}
