"use server";

import { revalidatePath } from "next/cache";
import { editCallSchema } from "@/lib/domain/calls/call-input";
import { editCall } from "@/lib/services/calls/manage-call";
import { defineAction } from "../define-action";

/** Change a call's details (which fields may change depends on its state); the service checks `call:manage` against the call and audits the change. */
export const editCallAction = defineAction({
  permission: "call:manage",
  schema: editCallSchema,
  run: async (input, actor) => {
    const result = await editCall(actor, input);
    revalidatePath("/admin/calls", "layout");
    revalidatePath("/company");
    return result;
  },
});
