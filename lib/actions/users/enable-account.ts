"use server";

import { revalidatePath } from "next/cache";
import { accountRefSchema } from "@/lib/domain/accounts/account-admin-input";
import { enableAccount } from "@/lib/services/accounts/account-admin";
import { defineAction } from "../define-action";

/** Enable a disabled account (a withdrawn invitation is sent again). */
export const enableAccountAction = defineAction({
  permission: "account:manage",
  schema: accountRefSchema,
  run: async (input, actor) => {
    const result = await enableAccount(actor, input);
    revalidatePath("/admin/users", "layout");
    return result ?? null;
  },
});
