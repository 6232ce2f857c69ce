"use server";

import { requestPasswordResetSchema, resetPasswordSchema } from "@/lib/domain/accounts/password-reset";
import { requestPasswordReset, resetPassword } from "@/lib/services/accounts/password-reset";
import { definePublicAction } from "../define-public-action";

/** Asking for a reset link: throttled per client so that addresses cannot be mailed in bulk. */
export const requestPasswordResetAction = definePublicAction({
  throttle: "password-reset-request",
  schema: requestPasswordResetSchema,
  run: (input) => requestPasswordReset(input),
});

/** Setting the new password through the link: throttled so that secrets cannot be tried in bulk. */
export const resetPasswordAction = definePublicAction({
  throttle: "password-reset",
  schema: resetPasswordSchema,
  run: (input) => resetPassword(input),
});
