"use server";

import { revalidatePath } from "next/cache";
import { removeBatchEntry, removeBatchEntrySchema } from "@/lib/services/batches/batch-entries";
import { defineAction } from "../define-action";

export const removeBatchEntryAction = defineAction({
  permission: "batch:manage",
  schema: removeBatchEntrySchema,
  run: async (input, actor) => {
    await removeBatchEntry(actor, input);
    revalidatePath(`/staff/batches/${input.batchId}`);
    return null;
  },
});
