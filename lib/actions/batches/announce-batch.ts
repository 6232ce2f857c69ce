"use server";

import { revalidatePath } from "next/cache";
import { announceBatch, announceBatchSchema } from "@/lib/services/batches/announce-batch";
import { defineAction } from "../define-action";

export const announceBatchAction = defineAction({
  permission: "batch:manage",
  schema: announceBatchSchema,
  run: async (input, actor) => {
    const result = await announceBatch(actor, input);
    revalidatePath(`/staff/batches/${input.batchId}`);
    revalidatePath("/notices");
    revalidatePath("/register", "layout");
    return result;
  },
});
