"use server";

import { revalidatePath } from "next/cache";
import { assignReviewer, assignReviewerSchema } from "@/lib/services/review/assign-reviewer";
import { defineAction } from "../define-action";

/** Assign a file to an official of the same level and jurisdiction, or clear the assignment. */
export const assignReviewerAction = defineAction({
  permission: "application:review",
  schema: assignReviewerSchema,
  run: async (input, actor) => {
    const result = await assignReviewer(actor, input);
    revalidatePath("/staff", "layout");
    return result;
  },
});
