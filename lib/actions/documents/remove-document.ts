"use server";

import { revalidatePath } from "next/cache";
import { removeDocument, removeDocumentSchema } from "@/lib/services/documents/remove-document";
import { defineAction } from "../define-action";

/** Removes a piece of evidence from a draft (or a section reopened for correction). */
export const removeDocumentAction = defineAction({
  permission: "application:edit",
  schema: removeDocumentSchema,
  run: async (input, actor) => {
    const removed = await removeDocument(actor, input);
    revalidatePath("/company/applications", "layout");
    return removed;
  },
});
