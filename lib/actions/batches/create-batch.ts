"use server";

import { revalidatePath } from "next/cache";
import { createBatch, createBatchSchema } from "@/lib/services/batches/create-batch";
import { defineAction } from "../define-action";

/** A new draft batch for a programme the official's authority runs. */
export const createBatchAction = defineAction({
  permission: "batch:manage",
  schema: createBatchSchema,
  run: async (input, actor) => {
    const batch = await createBatch(actor, input);
    revalidatePath("/staff/batches");
    return batch;
  },
});
