"use server";

import { revalidatePath } from "next/cache";
import { discardOutbox, outboxSelectionSchema } from "@/lib/services/notifications/outbox-admin";
import { defineAction } from "../define-action";

/** A national administrator gives up on dead messages. */
export const discardOutboxAction = defineAction({
  permission: "outbox:manage",
  schema: outboxSelectionSchema,
  run: async (input, actor) => {
    const result = await discardOutbox(actor, input);
    revalidatePath("/admin/outbox");
    return result;
  },
});
