"use server";

import { revalidatePath } from "next/cache";
import { outboxSelectionSchema, retryOutbox } from "@/lib/services/notifications/outbox-admin";
import { defineAction } from "../define-action";

/** A national administrator sends dead messages again (from a fresh count of attempts). */
export const retryOutboxAction = defineAction({
  permission: "outbox:manage",
  schema: outboxSelectionSchema,
  run: async (input, actor) => {
    const result = await retryOutbox(actor, input);
    revalidatePath("/admin/outbox");
    return result;
  },
});
