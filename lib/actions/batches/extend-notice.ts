"use server";

import { revalidatePath } from "next/cache";
import { extendNotice, extendNoticeSchema } from "@/lib/services/batches/extend-notice";
import { defineAction } from "../define-action";

export const extendNoticeAction = defineAction({
  permission: "batch:manage",
  schema: extendNoticeSchema,
  run: async (input, actor) => {
    const notice = await extendNotice(actor, input);
    revalidatePath(`/staff/batches/${input.batchId}`);
    revalidatePath(`/notices/${input.batchId}`);
    revalidatePath("/notices");
    return notice;
  },
});
