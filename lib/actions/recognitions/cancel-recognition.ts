"use server";

import { revalidatePath } from "next/cache";
import { cancelRecognition } from "@/lib/services/recognitions/cancel-recognition";
import { cancelRecognitionSchema } from "@/lib/domain/recognitions/inputs";
import { defineAction } from "../define-action";

/** An official of the recognising authority cancels a title (the service checks level and jurisdiction). */
export const cancelRecognitionAction = defineAction({
  permission: "recognition:cancel",
  schema: cancelRecognitionSchema,
  run: async (input, actor) => {
    const outcome = await cancelRecognition(actor, input);
    revalidatePath("/staff/recognitions", "layout");
    revalidatePath("/exits");
    return outcome;
  },
});
