"use server";

import { revalidatePath } from "next/cache";
import { startRereviewSchema } from "@/lib/domain/recognitions/inputs";
import { startRereview } from "@/lib/services/recognitions/start-rereview";
import { defineAction } from "../define-action";

/** The holder opens the re-review of a title near its end (a new application linked to it). */
export const startRereviewAction = defineAction({
  permission: "rereview:start",
  schema: startRereviewSchema,
  run: async (input, actor) => {
    const outcome = await startRereview(actor, input);
    revalidatePath("/company", "layout");
    return outcome;
  },
});
