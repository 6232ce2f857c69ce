"use server";

import { revalidatePath } from "next/cache";
import { proposeCancellation } from "@/lib/services/recognitions/propose-cancellation";
import { proposeCancellationSchema } from "@/lib/domain/recognitions/inputs";
import { defineAction } from "../define-action";

/** A province verifies a case against a little giant and proposes cancellation to MIIT. */
export const proposeCancellationAction = defineAction({
  permission: "recognition:propose-cancellation",
  schema: proposeCancellationSchema,
  run: async (input, actor) => {
    const outcome = await proposeCancellation(actor, input);
    revalidatePath("/staff/recognitions", "layout");
    return outcome;
  },
});
