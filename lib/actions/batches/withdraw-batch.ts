"use server";

import { revalidatePath } from "next/cache";
import { withdrawBatch, withdrawBatchSchema } from "@/lib/services/batches/withdraw-batch";
import { defineAction } from "../define-action";

export const withdrawBatchAction = defineAction({
  permission: "batch:manage",
  schema: withdrawBatchSchema,
  run: async (input, actor) => {
    const result = await withdrawBatch(actor, input);
    revalidatePath(`/staff/batches/${input.batchId}`);
    revalidatePath("/notices");
    return result;
  },
});
