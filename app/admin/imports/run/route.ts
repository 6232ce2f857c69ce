import { hasUnstorableText, unstorableTextRefusal } from "@/lib/domain/unstorable-text";
import { hasPermission } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/current-actor";
import { DomainError } from "@/lib/errors/domain-error";
import { importPublishedList, MAX_IMPORT_BYTES } from "@/lib/services/imports/import-published-list";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * POST multipart { file, mode: "dry-run" | "commit" }: runs an import of a published list for an
 * administrator (the service checks the permission and each row's jurisdiction). A route rather
 * than a server action because lists can be larger than a server action accepts.
 */
export async function POST(request: Request) {
  const actor = await currentActor();
  if (!actor) return json({ ok: false, message: { zh: "请先登录。", en: "Please sign in first." } }, 401);
  if (!hasPermission(actor, "import:run")) return json({ ok: false, message: { zh: "您无权执行此操作。", en: "You are not allowed to do this." } }, 403);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 10_000) {
    return json({ ok: false, message: { zh: "文件超过20 MB。", en: "The file is larger than 20 MB." } }, 413);
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const mode = form?.get("mode");
  if (!file || typeof file === "string" || file.size === 0) {
    return json({ ok: false, message: { zh: "请选择文件。", en: "Choose a file." }, fieldErrors: { file: ["请选择文件。 / Choose a file."] } }, 400);
  }
  if (mode !== "dry-run" && mode !== "commit") return json({ ok: false, message: { zh: "未知的操作。", en: "Unknown mode." } }, 400);
  const text = await file.text();
  if (hasUnstorableText(text)) return json(unstorableTextRefusal("file"), 400);
  try {
    const report = await importPublishedList(actor, text, { dryRun: mode === "dry-run" });
    return json({ ok: true, report });
  } catch (error) {
    if (error instanceof DomainError) return json({ ok: false, message: error.bilingual, report: error.details.report ?? null }, error.status);
    console.error("import failed", error);
    return json({ ok: false, message: { zh: "导入失败，未写入任何数据。", en: "The import failed; nothing was written." } }, 500);
  }
}
