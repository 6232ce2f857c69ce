"use server";

import { revalidatePath } from "next/cache";
import { changeReportDecisionSchema } from "@/lib/domain/change-reports/change-report-input";
import { decideChangeReport } from "@/lib/services/change-reports/decide-change-report";
import { defineAction } from "../define-action";

/** An official of the firm's city or province accepts (it takes effect) or refuses a change report. */
export const decideChangeReportAction = defineAction({
  permission: "change-report:decide",
  schema: changeReportDecisionSchema,
  run: async (input, actor) => {
    const outcome = await decideChangeReport(actor, input);
    revalidatePath("/staff/change-reports", "layout");
    revalidatePath("/register", "layout");
    return outcome;
  },
});
