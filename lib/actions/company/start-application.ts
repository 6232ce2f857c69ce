"use server";

import { revalidatePath } from "next/cache";
import { startApplication, startApplicationSchema } from "@/lib/services/applications/start-application";
import { defineAction } from "../define-action";

/** A company opens a draft for an open programme. */
export const startApplicationAction = defineAction({
  permission: "application:edit",
  schema: startApplicationSchema,
  run: async (input, actor) => {
    const application = await startApplication(actor, input);
    revalidatePath("/company");
    return application;
  },
});
