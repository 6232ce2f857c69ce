import { getLocale, getTranslations } from "next-intl/server";
import type { ApplicationNoteView } from "@/lib/services/review/list-application-notes";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { formatDate } from "./bilingual";

const isStaffRole = (role: string): role is (typeof STAFF_ROLES)[number] => (STAFF_ROLES as readonly string[]).includes(role);

/** Notes between officials, oldest first. */
export async function NotesList({ notes }: { notes: ApplicationNoteView[] }) {
  const [t, roles, locale] = await Promise.all([getTranslations("review.detail"), getTranslations("roles"), getLocale()]);
  if (notes.length === 0) return <p className="text-slate-600">{t("noNotes")}</p>;
  return (
    <ul className="space-y-2" data-testid="notes">
      {notes.map((note) => (
        <li key={note.id} className="rounded border border-slate-200 p-2">
          <p className="whitespace-pre-wrap">{note.body}</p>
          <p className="text-xs text-slate-600">
            {note.author.name}
            {isStaffRole(note.author.role) ? (locale === "en" ? ` (${roles(note.author.role)})` : `（${roles(note.author.role)}）`) : ""} ·{" "}
            <time dateTime={note.at.toISOString()}>{formatDate(note.at, locale, true)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
