"use server";

import { revalidatePath } from "next/cache";
import { companyTransition, companyTransitionSchema } from "@/lib/services/applications/company-transition";
import { defineAction } from "../define-action";

/** Submit, resubmit after a correction, or withdraw before a decision. */
export const transitionApplicationAction = defineAction({
  permission: "application:edit",
  schema: companyTransitionSchema,
  run: async (input, actor) => {
    const outcome = await companyTransition(actor, input);
    revalidatePath("/company", "layout");
    return outcome;
  },
});
