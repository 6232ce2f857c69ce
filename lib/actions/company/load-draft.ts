"use server";

import { z } from "zod";
import { draftSnapshot } from "@/lib/services/company-portal/draft-snapshot";
import { defineAction } from "../define-action";

/** The stored facts and version, for a form that found its copy out of date (another tab saved). */
export const loadDraftAction = defineAction({
  permission: "application:edit",
  schema: z.object({ applicationId: z.string().uuid() }),
  run: (input, actor) => draftSnapshot(actor, input.applicationId),
});
