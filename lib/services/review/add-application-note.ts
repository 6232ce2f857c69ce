import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { appendAudit } from "../audit/append-audit";
import { loadForStaff } from "./load-for-staff";

export const NOTE_MAX_LENGTH = 4000;

export const addNoteSchema = z.object({
  applicationId: z.string().uuid(),
  body: z.string().trim().min(1).max(NOTE_MAX_LENGTH),
});
export type AddNoteInput = z.infer<typeof addNoteSchema>;

/** An official in the file's jurisdiction writes a note for the other officials. */
export async function addApplicationNote(actor: Actor, input: AddNoteInput): Promise<{ id: string }> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const application = await loadForStaff(tx, actor, input.applicationId);
    const note = await tx.applicationNote.create({
      data: { applicationId: application.id, authorId: actor.id, body: input.body },
      select: { id: true },
    });
    // The audit entry records that a note was written, not what it says.
    await appendAudit(tx, actor, { action: "application.note", entityType: "application", entityId: application.id, data: { noteId: note.id } });
    return note;
  });
}
