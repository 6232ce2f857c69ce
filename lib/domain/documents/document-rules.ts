import type { ApplicationSection } from "@/lib/application/sections";
import type { ApplicationStatus } from "@/lib/workflow/application-lifecycle";

/** At most this many live documents per application, so one file cannot fill the disk. */
export const MAX_DOCUMENTS_PER_APPLICATION = 60;

/**
 * May the company add or remove evidence in this section now? In a draft, everywhere; after a
 * request for correction, only in the sections the official reopened (reopening "documents"
 * reopens the evidence of every section).
 */
export function documentsEditable(status: ApplicationStatus, reopenSections: unknown, section: ApplicationSection): boolean {
  if (status === "draft") return true;
  if (status !== "returned") return false;
  const reopened = Array.isArray(reopenSections) ? (reopenSections as string[]) : [];
  return reopened.includes(section) || reopened.includes("documents");
}

/**
 * The name shown for a file: the uploader's name without folders, control characters or
 * characters that would break a header; never used as a path (files are stored by generated key).
 */
export function displayFileName(name: string, extension: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .trim()
    .slice(0, 150);
  const stem = cleaned.replace(/\.[^.]*$/, "") || "document";
  return `${stem}.${extension}`;
}
