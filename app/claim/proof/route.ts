import { NextResponse, type NextRequest } from "next/server";
import { getLocale } from "next-intl/server";
import { DomainError } from "@/lib/errors/domain-error";
import { clientAddressOf } from "@/lib/http/client-address";
import { storeClaimProof } from "@/lib/services/claims/claim-proof";
import { signupThrottled } from "@/lib/services/signup/signup-throttle";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/sniff-file-type";

export const dynamic = "force-dynamic";

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Upload of a claim's proof (multipart: file) by a person who has no account yet: the claim form
 * then submits the returned id with the claim, which attaches it (docs/decisions/027). Public,
 * so counted against the client's hourly limit like sign-up; a route rather than a server action
 * because files are up to 10 MB. A request without a file is refused before it is counted.
 */
export async function POST(request: NextRequest) {
  const locale = await getLocale().catch(() => "zh-CN");
  const say = (zh: string, en: string) => (locale === "en" ? en : zh);
  const refuse = (status: number, message: string) => NextResponse.json({ ok: false, field: "file", message }, { status });
  if (Number(request.headers.get("content-length") ?? "0") > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
    return refuse(413, say("文件超过10 MB上限。", "The file is larger than the 10 MB limit."));
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return refuse(400, say("请选择要上传的文件。", "Choose a file to upload."));
  if (await signupThrottled(`claim-proof:${clientAddressOf(request.headers)}`)) {
    return refuse(429, say("尝试次数过多，请一小时后再试。", "Too many attempts. Please try again in an hour."));
  }
  try {
    const stored = await storeClaimProof({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return NextResponse.json({ ok: true, document: { id: stored.id, fileName: stored.fileName, size: stored.size } }, { status: 201 });
  } catch (error) {
    if (error instanceof DomainError) return refuse(error.status, say(error.bilingual.zh, error.bilingual.en));
    console.error("claim proof upload failed", error);
    return NextResponse.json({ ok: false, message: say("上传失败，请稍后重试。", "The upload failed; please try again.") }, { status: 500 });
  }
}
