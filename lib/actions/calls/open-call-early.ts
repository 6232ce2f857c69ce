"use server";

import { revalidatePath } from "next/cache";
import { callIdSchema } from "@/lib/domain/calls/call-input";
import { openCallEarly } from "@/lib/services/calls/manage-call";
import { defineAction } from "../define-action";

/** Open a scheduled call today; the service checks `call:manage` against the call and audits the change. */
export const openCallEarlyAction = defineAction({
  permission: "call:manage",
  schema: callIdSchema,
  run: async (input, actor) => {
    const result = await openCallEarly(actor, input);
    revalidatePath("/admin/calls", "layout");
    revalidatePath("/company");
    return result;
  },
});
