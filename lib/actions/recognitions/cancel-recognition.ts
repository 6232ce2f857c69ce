"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { cancelRecognition } from "@/lib/services/recognitions/cancel-recognition";
import { cancelRecognitionSchema } from "@/lib/services/recognitions/inputs";
import { defineAction } from "../define-action";

/** An official of the recognising authority cancels a title (the service checks level and jurisdiction). */
export const cancelRecognitionAction = defineAction({
  roles: STAFF_ROLES,
  schema: cancelRecognitionSchema,
  run: async (input, actor) => {
    const outcome = await cancelRecognition(actor, input);
    revalidatePath("/staff/recognitions", "layout");
    revalidatePath("/exits");
    return outcome;
  },
});
