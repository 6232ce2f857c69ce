"use server";

import { revalidatePath } from "next/cache";
import {
  confirmTwoFactorEnrolment,
  confirmTwoFactorSchema,
  disableTwoFactor,
  regenerateRecoveryCodes,
  setRequiredRolesSchema,
  setRequiredTwoFactorRoles,
} from "@/lib/services/accounts/two-factor";
import { defineAction } from "../define-action";

/** The first code from the app turns two-factor on; open to a session that must enrol first. */
export const confirmTwoFactorAction = defineAction({
  permission: "signed-in",
  duringTwoFactorEnrolment: true,
  schema: confirmTwoFactorSchema,
  run: (input, actor) => confirmTwoFactorEnrolment(actor, input),
});

export const regenerateRecoveryCodesAction = defineAction({
  permission: "signed-in",
  schema: confirmTwoFactorSchema,
  run: (input, actor) => regenerateRecoveryCodes(actor, input),
});

export const disableTwoFactorAction = defineAction({
  permission: "signed-in",
  schema: confirmTwoFactorSchema,
  run: async (input, actor) => {
    const result = await disableTwoFactor(actor, input);
    revalidatePath("/account/two-factor");
    return result;
  },
});

/** The national administrator names the roles that must sign in with a second factor. */
export const setRequiredTwoFactorRolesAction = defineAction({
  permission: "two-factor:require",
  schema: setRequiredRolesSchema,
  run: async (input, actor) => {
    const result = await setRequiredTwoFactorRoles(actor, input);
    revalidatePath("/admin/settings");
    return result;
  },
});
