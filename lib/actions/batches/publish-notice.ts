"use server";

import { revalidatePath } from "next/cache";
import { publishNotice, publishNoticeSchema } from "@/lib/services/batches/publish-notice";
import { defineAction } from "../define-action";

export const publishNoticeAction = defineAction({
  permission: "batch:manage",
  schema: publishNoticeSchema,
  run: async (input, actor) => {
    const notice = await publishNotice(actor, input);
    revalidatePath(`/staff/batches/${input.batchId}`);
    revalidatePath("/notices");
    return notice;
  },
});
