"use server";

import { revalidatePath } from "next/cache";
import { preferencesSchema, updateNotificationPreferences } from "@/lib/services/notifications/notification-preferences";
import { defineAction } from "../define-action";

/** Every signed-in person chooses, for themselves only, which optional notices reach them by email. */
export const updateNotificationPreferencesAction = defineAction({
  permission: "signed-in",
  schema: preferencesSchema,
  run: async (input, actor) => {
    const result = await updateNotificationPreferences(actor, input);
    revalidatePath("/account/notifications");
    return result;
  },
});
