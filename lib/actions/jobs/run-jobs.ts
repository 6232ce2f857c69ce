"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { may } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors/domain-error";
import { JOB_NAMES } from "@/lib/jobs/job-types";
import { runJobs } from "@/lib/jobs/run-jobs";
import { defineAction } from "../define-action";

const runJobsSchema = z.object({ job: z.enum(["all", ...JOB_NAMES]).default("all") });

/**
 * An administrator runs the dynamic-management jobs now. Only a national administrator: the jobs
 * act on every province's titles at once.
 */
export const runJobsAction = defineAction({
  roles: ["administrator"],
  schema: runJobsSchema,
  run: async (input, actor) => {
    if (!may(actor, "jobs:run") || actor.jurisdictionCode !== null) throw forbidden();
    const summaries = await runJobs({ trigger: "admin", actorId: actor.id, only: input.job === "all" ? undefined : [input.job] });
    revalidatePath("/admin/jobs");
    return summaries;
  },
});
