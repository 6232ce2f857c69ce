"use server";

import { revalidatePath } from "next/cache";
import { createCallSchema } from "@/lib/domain/calls/call-input";
import { createCall } from "@/lib/services/calls/manage-call";
import { defineAction } from "../define-action";

/** Open a new call; the service checks `call:manage` against the call and audits the change. */
export const createCallAction = defineAction({
  permission: "call:manage",
  schema: createCallSchema,
  run: async (input, actor) => {
    const result = await createCall(actor, input);
    revalidatePath("/admin/calls", "layout");
    revalidatePath("/company");
    return result;
  },
});
