"use server";

import { revalidatePath } from "next/cache";
import { assignExpertsAtRandom, assignExpertsSchema } from "@/lib/services/review/assign-experts";
import { defineAction } from "../define-action";

/** MIIT draws experts at random for a little giant's blind review. */
export const assignExpertsAction = defineAction({
  permission: "expert:assign",
  schema: assignExpertsSchema,
  run: async (input, actor) => {
    const result = await assignExpertsAtRandom(actor, input);
    revalidatePath(`/staff/applications/${input.applicationId}`);
    return result;
  },
});
