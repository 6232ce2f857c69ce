"use server";

import { revalidatePath } from "next/cache";
import { inviteAccountSchema } from "@/lib/domain/accounts/account-admin-input";
import { inviteAccount } from "@/lib/services/accounts/account-admin";
import { defineAction } from "../define-action";

/** Invite a person to an account the administrator manages; the service checks the role and jurisdiction, writes the account, its link, the email and the audit entry together. */
export const inviteAccountAction = defineAction({
  permission: "account:manage",
  schema: inviteAccountSchema,
  run: async (input, actor) => {
    const result = await inviteAccount(actor, input);
    revalidatePath("/admin/users", "layout");
    return result ?? null;
  },
});
