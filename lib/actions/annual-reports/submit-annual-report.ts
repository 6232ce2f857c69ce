"use server";

import { revalidatePath } from "next/cache";
import { annualReportInputSchema } from "@/lib/domain/annual-reports/annual-report-input";
import { submitAnnualReport } from "@/lib/services/annual-reports/submit-annual-report";
import { defineAction } from "../define-action";

/** A recognised firm submits last year's operating data and gets the verdict at once. */
export const submitAnnualReportAction = defineAction({
  permission: "annual-report:submit",
  schema: annualReportInputSchema,
  run: async (input, actor) => {
    const outcome = await submitAnnualReport(actor, input);
    revalidatePath("/company", "layout");
    return outcome;
  },
});
