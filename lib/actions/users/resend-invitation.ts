"use server";

import { revalidatePath } from "next/cache";
import { accountRefSchema } from "@/lib/domain/accounts/account-admin-input";
import { resendInvitation } from "@/lib/services/accounts/account-admin";
import { defineAction } from "../define-action";

/** Send an invitation's link again (the earlier one stops working); the service checks the account is the administrator's and still invited. */
export const resendInvitationAction = defineAction({
  permission: "account:manage",
  schema: accountRefSchema,
  run: async (input, actor) => {
    const result = await resendInvitation(actor, input);
    revalidatePath("/admin/users", "layout");
    return result ?? null;
  },
});
