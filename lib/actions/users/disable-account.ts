"use server";

import { revalidatePath } from "next/cache";
import { accountRefSchema } from "@/lib/domain/accounts/account-admin-input";
import { disableAccount } from "@/lib/services/accounts/account-admin";
import { defineAction } from "../define-action";

/** Disable an account: no sign-in, sessions end now. It can be enabled again. */
export const disableAccountAction = defineAction({
  permission: "account:manage",
  schema: accountRefSchema,
  run: async (input, actor) => {
    const result = await disableAccount(actor, input);
    revalidatePath("/admin/users", "layout");
    return result ?? null;
  },
});
