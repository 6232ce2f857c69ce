"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { JOB_NAMES } from "@/lib/jobs/job-types";
import { runJobs } from "@/lib/jobs/run-jobs";
import { defineAction } from "../define-action";

const runJobsSchema = z.object({ job: z.enum(["all", ...JOB_NAMES]).default("all") });

/**
 * An administrator runs the dynamic-management jobs now. Only a national administrator holds
 * `jobs:run` (a national-office grant): the jobs act on every province's titles at once.
 */
export const runJobsAction = defineAction({
  permission: "jobs:run",
  schema: runJobsSchema,
  run: async (input, actor) => {
    const summaries = await runJobs({ trigger: "admin", actorId: actor.id, only: input.job === "all" ? undefined : [input.job] });
    revalidatePath("/admin/jobs");
    return summaries;
  },
});
