"use server";

import { revalidatePath } from "next/cache";
import { markNotificationsRead, markReadSchema } from "@/lib/services/notifications/mark-read";
import { defineAction } from "../define-action";

/** Marks the caller's own notifications (some, or all) as read; every signed-in role has an inbox. */
export const markNotificationsReadAction = defineAction({
  permission: "signed-in",
  schema: markReadSchema,
  run: async (input, actor) => {
    const result = await markNotificationsRead(actor, input);
    revalidatePath("/", "layout");
    return result;
  },
});
