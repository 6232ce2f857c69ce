"use server";

import { revalidatePath } from "next/cache";
import { changeReportInputSchema } from "@/lib/domain/change-reports/change-report-input";
import { submitChangeReport } from "@/lib/services/change-reports/submit-change-report";
import { defineAction } from "../define-action";

/** A firm reports a rename, merger, restructuring or move to another province. */
export const submitChangeReportAction = defineAction({
  permission: "change-report:submit",
  schema: changeReportInputSchema,
  run: async (input, actor) => {
    const outcome = await submitChangeReport(actor, input);
    revalidatePath("/company/changes");
    return outcome;
  },
});
