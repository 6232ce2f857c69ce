import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { loadForStaff } from "./load-for-staff";

export interface ApplicationNoteView {
  id: string;
  body: string;
  author: { id: string; name: string; role: string };
  at: Date;
}

/** Notes officials leave each other on a file; internal, never part of what the company sees. */
export async function listApplicationNotes(actor: Actor, applicationId: string): Promise<ApplicationNoteView[]> {
  const db = await prisma();
  await loadForStaff(db, actor, applicationId);
  const notes = await db.applicationNote.findMany({
    where: { applicationId },
    select: { id: true, body: true, authorId: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const authorIds = [...new Set(notes.map((n) => n.authorId))];
  const authors = authorIds.length ? await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true, role: true } }) : [];
  const byId = new Map(authors.map((a) => [a.id, a]));
  return notes.map((note) => ({
    id: note.id,
    body: note.body,
    author: byId.get(note.authorId) ?? { id: note.authorId, name: "", role: "" },
    at: note.createdAt,
  }));
}
