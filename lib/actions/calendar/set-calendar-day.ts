"use server";

import { revalidatePath } from "next/cache";
import { setCalendarDay, setCalendarDaySchema } from "@/lib/services/calendar/calendar-days";
import { defineAction } from "../define-action";

export const setCalendarDayAction = defineAction({
  permission: "calendar:edit",
  schema: setCalendarDaySchema,
  run: async (input, actor) => {
    const day = await setCalendarDay(actor, input);
    revalidatePath("/admin/calendar");
    return day;
  },
});
