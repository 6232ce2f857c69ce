import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { changedSections } from "@/lib/application/changed-sections";
import { APPLICATION_SECTIONS, SECTION_LABELS, type SectionState } from "@/lib/application/sections";
import { prisma } from "@/lib/db/client";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { factsSchema } from "@/lib/rules";
import { isEditableByCompany } from "@/lib/workflow/application-lifecycle";
import type { Tx } from "../db-types";
import { loadApplicationInScope } from "./application-scope";

export const saveDraftSchema = z.object({
  applicationId: z.string().uuid(),
  expectedVersion: z.coerce.number().int().positive(),
  facts: factsSchema,
  /** Sections the company says it has finished ("Have you completed this section? Yes"). */
  complete: z.array(z.enum(APPLICATION_SECTIONS)).max(APPLICATION_SECTIONS.length).optional(),
  /** Sections it wants to keep working on. */
  incomplete: z.array(z.enum(APPLICATION_SECTIONS)).max(APPLICATION_SECTIONS.length).optional(),
});
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;

/**
 * The documents section is the firm's evidence (rules.md, Procedure: the company applies "with
 * evidence"): it cannot be marked finished while no file is on the application.
 */
async function requireEvidence(tx: Tx, applicationId: string) {
  const files = await tx.document.count({ where: { applicationId, deletedAt: null } });
  if (files > 0) return;
  throw new DomainError(
    "invalid",
    { zh: "“证明材料”部分至少须上传一个文件后才能标记为已完成。", en: "Upload at least one file before marking the documents section complete." },
    { field: "complete", section: "documents" },
  );
}

/**
 * Saves the company's facts. Every save is conditional on the version the form last saw, so a
 * second tab with older data gets "changed elsewhere, reload" instead of overwriting newer work.
 * After a request for correction only the sections the official reopened may change.
 */
export async function saveDraft(actor: Actor, input: SaveDraftInput) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const application = await loadApplicationInScope(tx, actor, input.applicationId, "application:edit");
    if (!isEditableByCompany(application.status)) {
      throw new DomainError("conflict", { zh: "申报已提交，不能再修改。", en: "The application has been submitted and can no longer be changed." });
    }
    if (application.version !== input.expectedVersion) throw staleVersion();

    const changed = changedSections(application.facts, input.facts);
    if (application.status === "returned") {
      const reopened = new Set((application.reopenSections as string[] | null) ?? []);
      const locked = [...changed].filter((section) => !reopened.has(section));
      if (locked.length > 0) {
        throw new DomainError(
          "invalid",
          {
            zh: `只能修改被退回的部分；以下部分未被退回：${locked.map((s) => SECTION_LABELS[s].zh).join("、")}。`,
            en: `Only the sections returned for correction may change; these were not: ${locked.map((s) => SECTION_LABELS[s].en).join(", ")}.`,
          },
          { lockedSections: locked },
        );
      }
    }

    if ((input.complete ?? []).includes("documents")) await requireEvidence(tx, application.id);

    const state: SectionState = { ...((application.sectionState as SectionState | null) ?? {}) };
    for (const section of changed) if (state[section] !== "complete") state[section] = "in-progress";
    for (const section of input.incomplete ?? []) state[section] = "in-progress";
    for (const section of input.complete ?? []) state[section] = "complete";

    const saved = await tx.application.updateMany({
      where: { id: application.id, version: application.version, status: application.status },
      data: { facts: input.facts as Prisma.InputJsonValue, sectionState: state as Prisma.InputJsonValue, version: { increment: 1 } },
    });
    if (saved.count === 0) throw staleVersion();
    return { version: application.version + 1, sectionState: state };
  });
}
