"use server";

import { revalidatePath } from "next/cache";
import { expertReviewSchema, submitExpertReview } from "@/lib/services/review/submit-expert-review";
import { defineAction } from "../define-action";

/** An assigned expert submits a score and an opinion, once. */
export const submitExpertReviewAction = defineAction({
  permission: "expert-review:submit",
  schema: expertReviewSchema,
  run: async (input, actor) => {
    const result = await submitExpertReview(actor, input);
    revalidatePath("/expert", "layout");
    return result;
  },
});
