"use server";

import { saveDraft, saveDraftSchema } from "@/lib/services/applications/save-draft";
import { defineAction } from "../define-action";

/**
 * Autosave and explicit save of the company's draft. No revalidation: the form keeps its own
 * state, and the pages read fresh data whenever they are opened.
 */
export const saveDraftAction = defineAction({
  permission: "application:edit",
  schema: saveDraftSchema,
  run: (input, actor) => saveDraft(actor, input),
});
