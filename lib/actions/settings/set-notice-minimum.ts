"use server";

import { revalidatePath } from "next/cache";
import { setNoticeMinimum, setNoticeMinimumSchema } from "@/lib/services/batches/notice-minimum";
import { defineAction } from "../define-action";

/** The national minimum notice length; the service lets only the national administrator set it. */
export const setNoticeMinimumAction = defineAction({
  permission: "notice-minimum:set",
  schema: setNoticeMinimumSchema,
  run: async (input, actor) => {
    const result = await setNoticeMinimum(actor, input);
    revalidatePath("/admin/settings");
    return result;
  },
});
