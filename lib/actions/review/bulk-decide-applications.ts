"use server";

import { revalidatePath } from "next/cache";
import { bulkDecisionInputSchema } from "@/lib/review/decision-input";
import { bulkDecideApplications } from "@/lib/services/review/bulk-decide-applications";
import { defineAction } from "../define-action";

/** Approve or return the files selected in the queue; the result says how each one went. */
export const bulkDecideApplicationsAction = defineAction({
  permission: "application:review",
  schema: bulkDecisionInputSchema,
  run: async (input, actor) => {
    const results = await bulkDecideApplications(actor, input);
    revalidatePath("/staff", "layout");
    return results;
  },
});
