import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import type { StoredDocument, UploadedFile } from "@/lib/services/documents/upload-document";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/sniff-file-type";

/** Room for the multipart envelope and the small fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

interface UploadRoute {
  /** What a caller must hold at all; the service checks the record again. */
  permission: Permission;
  /** Named in the log when an upload fails for a reason nobody was told about. */
  what: string;
  /**
   * Reads the form's other fields and stores the file; `null` when those fields are missing or
   * malformed, which is answered like a missing file.
   */
  upload: (actor: Actor, form: FormData, file: UploadedFile) => Promise<StoredDocument> | null;
}

/**
 * A route that takes one file of evidence (multipart, field `file`). A route rather than a server
 * action because files are up to 10 MB; an oversized body is refused from its declared length
 * before it is read, and again by the service from the bytes actually received.
 */
export function uploadRoute({ permission, what, upload }: UploadRoute) {
  return async function POST(request: NextRequest) {
    const locale = await getLocale().catch(() => "zh-CN");
    const say = (zh: string, en: string) => (locale === "en" ? en : zh);
    const actor = await currentActor();
    if (!actor) return NextResponse.json({ ok: false, message: say("请先登录。", "Please sign in first.") }, { status: 401 });
    if (!hasPermission(actor, permission)) {
      return NextResponse.json({ ok: false, message: say("您无权执行此操作。", "You are not allowed to do this.") }, { status: 403 });
    }

    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
      return NextResponse.json({ ok: false, field: "file", message: say("文件超过10 MB上限。", "The file is larger than the 10 MB limit.") }, { status: 413 });
    }
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const chooseFile = () => NextResponse.json({ ok: false, field: "file", message: say("请选择要上传的文件。", "Choose a file to upload.") }, { status: 400 });
    if (!form || !(file instanceof File)) return chooseFile();
    try {
      const stored = upload(actor, form, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      if (stored === null) return chooseFile();
      return NextResponse.json({ ok: true, document: await stored }, { status: 201 });
    } catch (error) {
      if (error instanceof DomainError) {
        return NextResponse.json(
          { ok: false, field: "file", message: say(error.bilingual.zh, error.bilingual.en), details: error.details },
          { status: error.status },
        );
      }
      console.error(`${what} upload failed`, error);
      return NextResponse.json({ ok: false, message: say("上传失败，请稍后重试。", "The upload failed; please try again.") }, { status: 500 });
    }
  };
}
