import { getLocale, getTranslations } from "next-intl/server";
import { SECTION_LABELS, type ApplicationSection } from "@/lib/application/sections";
import { pick } from "./bilingual";

export interface DocumentRow {
  id: string;
  section: string;
  fileName: string;
  mimeType: string;
  size: number;
}

const sizeText = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The file's documents, each a link to the document route (which checks access again). */
export async function DocumentsList({ documents }: { documents: DocumentRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("review.detail"), getLocale()]);
  if (documents.length === 0) return <p className="text-slate-600">{t("noDocuments")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200" data-testid="documents">
      {documents.map((doc) => (
        <li key={doc.id} className="flex flex-wrap items-center justify-between gap-2 p-2 text-sm">
          <a href={`/api/documents/${doc.id}`} className="text-brand-600 underline" aria-label={t("download", { name: doc.fileName })}>
            {doc.fileName}
          </a>
          <span className="text-slate-600">
            {doc.section in SECTION_LABELS ? pick(SECTION_LABELS[doc.section as ApplicationSection], locale) : doc.section} · {sizeText(doc.size)}
          </span>
        </li>
      ))}
    </ul>
  );
}
