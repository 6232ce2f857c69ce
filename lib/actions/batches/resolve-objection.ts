"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { resolveObjection, resolveObjectionSchema } from "@/lib/services/batches/resolve-objection";
import { defineAction } from "../define-action";

export const resolveObjectionAction = defineAction({
  permission: "batch:manage",
  schema: resolveObjectionSchema.extend({ batchId: z.string().uuid() }),
  run: async ({ batchId, ...input }, actor) => {
    const result = await resolveObjection(actor, input);
    revalidatePath(`/staff/batches/${batchId}`);
    revalidatePath(`/notices/${batchId}`);
    return result;
  },
});
