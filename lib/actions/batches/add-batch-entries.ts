"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addBatchEntries } from "@/lib/services/batches/batch-entries";
import { defineAction } from "../define-action";

// From a form: "all" adds every ready application; otherwise the ticked ones.
const schema = z.object({
  batchId: z.string().uuid(),
  all: z.preprocess((v) => v === "true" || v === true, z.boolean()).default(false),
  applicationIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().uuid()).max(5_000)),
});

export const addBatchEntriesAction = defineAction({
  permission: "batch:manage",
  schema: schema.refine((input) => input.all || input.applicationIds.length > 0, {
    path: ["applicationIds"],
    error: "请至少选择一项申报。 / Choose at least one application.",
  }),
  run: async (input, actor) => {
    const result = await addBatchEntries(
      actor,
      input.all ? { batchId: input.batchId, all: true } : { batchId: input.batchId, applicationIds: input.applicationIds },
    );
    revalidatePath(`/staff/batches/${input.batchId}`);
    return result;
  },
});
