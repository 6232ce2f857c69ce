"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { bulkDecisionInputSchema } from "@/lib/review/decision-input";
import { bulkDecideApplications } from "@/lib/services/review/bulk-decide-applications";
import { defineAction } from "../define-action";

/** Approve or return the files selected in the queue; the result says how each one went. */
export const bulkDecideApplicationsAction = defineAction({
  roles: STAFF_ROLES,
  schema: bulkDecisionInputSchema,
  run: async (input, actor) => {
    const results = await bulkDecideApplications(actor, input);
    revalidatePath("/staff", "layout");
    return results;
  },
});
