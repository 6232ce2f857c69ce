"use server";

import { revalidatePath } from "next/cache";
import { withdrawRecognitionSchema } from "@/lib/domain/recognitions/inputs";
import { withdrawRecognition } from "@/lib/services/recognitions/withdraw-recognition";
import { defineAction } from "../define-action";

/** The firm gives up its own title. */
export const withdrawRecognitionAction = defineAction({
  permission: "recognition:withdraw",
  schema: withdrawRecognitionSchema,
  run: async (input, actor) => {
    const outcome = await withdrawRecognition(actor, input);
    revalidatePath("/company/recognitions", "layout");
    return outcome;
  },
});
