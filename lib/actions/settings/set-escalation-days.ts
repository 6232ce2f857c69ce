"use server";

import { revalidatePath } from "next/cache";
import { setEscalationDays, setEscalationDaysSchema } from "@/lib/services/review/escalation-setting";
import { defineAction } from "../define-action";

/** The working days past due before an overdue file goes to its level's officials; the national administrator's. */
export const setEscalationDaysAction = defineAction({
  permission: "review-escalation:set",
  schema: setEscalationDaysSchema,
  run: async (input, actor) => {
    const result = await setEscalationDays(actor, input);
    revalidatePath("/admin/settings");
    return result;
  },
});
