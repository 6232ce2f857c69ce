"use server";

import { revalidatePath } from "next/cache";
import { changeAccountSchema } from "@/lib/domain/accounts/account-admin-input";
import { changeAccount } from "@/lib/services/accounts/account-admin";
import { defineAction } from "../define-action";

/** Move an account to another role or jurisdiction; the person's sessions end. */
export const changeAccountAction = defineAction({
  permission: "account:manage",
  schema: changeAccountSchema,
  run: async (input, actor) => {
    const result = await changeAccount(actor, input);
    revalidatePath("/admin/users", "layout");
    return result ?? null;
  },
});
