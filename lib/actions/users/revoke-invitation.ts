"use server";

import { revalidatePath } from "next/cache";
import { accountRefSchema } from "@/lib/domain/accounts/account-admin-input";
import { revokeInvitation } from "@/lib/services/accounts/account-admin";
import { defineAction } from "../define-action";

/** Withdraw an invitation not yet accepted; its link stops working. */
export const revokeInvitationAction = defineAction({
  permission: "account:manage",
  schema: accountRefSchema,
  run: async (input, actor) => {
    const result = await revokeInvitation(actor, input);
    revalidatePath("/admin/users", "layout");
    return result ?? null;
  },
});
