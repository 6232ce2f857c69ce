"use server";

import { revalidatePath } from "next/cache";
import { decisionInputSchema } from "@/lib/review/decision-input";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { defineAction } from "../define-action";

/** Approve, return or reject one file from its review page. */
export const decideApplicationAction = defineAction({
  permission: "application:review",
  schema: decisionInputSchema,
  run: async (input, actor) => {
    const outcome = await decideApplication(actor, input);
    revalidatePath("/staff", "layout");
    return outcome;
  },
});
