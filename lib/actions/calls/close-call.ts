"use server";

import { revalidatePath } from "next/cache";
import { callIdSchema } from "@/lib/domain/calls/call-input";
import { closeCall } from "@/lib/services/calls/manage-call";
import { defineAction } from "../define-action";

/** Take the last applications today; the service checks `call:manage` against the call and audits the change. */
export const closeCallAction = defineAction({
  permission: "call:manage",
  schema: callIdSchema,
  run: async (input, actor) => {
    const result = await closeCall(actor, input);
    revalidatePath("/admin/calls", "layout");
    revalidatePath("/company");
    return result;
  },
});
