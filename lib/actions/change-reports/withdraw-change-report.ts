"use server";

import { revalidatePath } from "next/cache";
import { changeReportWithdrawalSchema } from "@/lib/domain/change-reports/change-report-input";
import { withdrawChangeReport } from "@/lib/services/change-reports/decide-change-report";
import { defineAction } from "../define-action";

/** The firm withdraws a change report still awaiting a decision. */
export const withdrawChangeReportAction = defineAction({
  permission: "change-report:submit",
  schema: changeReportWithdrawalSchema,
  run: async (input, actor) => {
    const outcome = await withdrawChangeReport(actor, input);
    revalidatePath("/company/changes");
    return outcome;
  },
});
