import type { ApplicationSection, SectionProgress, SectionState } from "@/lib/application/sections";
import type { ApplicationStatus } from "@/lib/workflow/application-lifecycle";

/** The task-list state of a section; evidence counts as done once a file is attached (as submission does). */
export function sectionProgress(state: SectionState, section: ApplicationSection, documentCount: number): SectionProgress {
  if (section === "documents") return state.documents === "complete" || documentCount > 0 ? "complete" : (state.documents ?? "not-started");
  return state[section] ?? "not-started";
}

/** May the company change this section now: everything in a draft, only reopened sections after a return. */
export function sectionEditable(status: ApplicationStatus, reopenSections: readonly string[], section: ApplicationSection): boolean {
  if (status === "draft") return true;
  return status === "returned" && reopenSections.includes(section);
}
