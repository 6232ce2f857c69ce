"use server";

import { revalidatePath } from "next/cache";
import { extendCallSchema } from "@/lib/domain/calls/call-input";
import { extendCall } from "@/lib/services/calls/manage-call";
import { defineAction } from "../define-action";

/** Take applications to a later closing day; the service checks `call:manage` against the call and audits the change. */
export const extendCallAction = defineAction({
  permission: "call:manage",
  schema: extendCallSchema,
  run: async (input, actor) => {
    const result = await extendCall(actor, input);
    revalidatePath("/admin/calls", "layout");
    revalidatePath("/company");
    return result;
  },
});
