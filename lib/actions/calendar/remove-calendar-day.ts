"use server";

import { revalidatePath } from "next/cache";
import { removeCalendarDay, removeCalendarDaySchema } from "@/lib/services/calendar/calendar-days";
import { defineAction } from "../define-action";

export const removeCalendarDayAction = defineAction({
  permission: "calendar:edit",
  schema: removeCalendarDaySchema,
  run: async (input, actor) => {
    await removeCalendarDay(actor, input);
    revalidatePath("/admin/calendar");
    return null;
  },
});
