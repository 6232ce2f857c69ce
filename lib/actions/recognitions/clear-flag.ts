"use server";

import { revalidatePath } from "next/cache";
import { clearFlag } from "@/lib/services/recognitions/clear-flag";
import { clearFlagSchema } from "@/lib/domain/recognitions/inputs";
import { defineAction } from "../define-action";

/** An official clears a flag with a reason after looking at the explanation. */
export const clearFlagAction = defineAction({
  permission: "recognition:clear-flag",
  schema: clearFlagSchema,
  run: async (input, actor) => {
    const outcome = await clearFlag(actor, input);
    revalidatePath("/staff/recognitions", "layout");
    return outcome;
  },
});
