import { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { prisma } from "@/lib/db/client";
import { mayManageBatch } from "@/lib/services/batches/batch-authority";
import { fileStorage } from "@/lib/storage";

const paramsSchema = z.object({ batchId: z.string().uuid(), documentId: z.string().uuid() });

/**
 * An objection's evidence, for the officials who manage the batch only. Served as an attachment
 * with the type decided at upload (from the bytes), so a file can never run as a page.
 */
export async function GET(_request: Request, context: { params: Promise<{ batchId: string; documentId: string }> }) {
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const actor = await currentActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const db = await prisma();
  const document = await db.document.findFirst({
    where: { id: parsed.data.documentId, deletedAt: null, objection: { batchId: parsed.data.batchId } },
    select: { storageKey: true, mimeType: true, fileName: true, objection: { select: { batch: { select: { tier: true, authorityCode: true } } } } },
  });
  if (!document?.objection || !mayManageBatch(actor, document.objection.batch)) return new Response("Not found", { status: 404 });
  const bytes = await fileStorage().get(document.storageKey);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": document.mimeType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
