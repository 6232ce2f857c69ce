"use server";

import { revalidatePath } from "next/cache";
import { deleteDraft, deleteDraftSchema } from "@/lib/services/company-portal/delete-draft";
import { defineAction } from "../define-action";

/** A company deletes one of its own drafts (only a draft; a submitted application is withdrawn). */
export const deleteDraftAction = defineAction({
  permission: "application:edit",
  schema: deleteDraftSchema,
  run: async (input, actor) => {
    const outcome = await deleteDraft(actor, input);
    revalidatePath("/company", "layout");
    return outcome;
  },
});
