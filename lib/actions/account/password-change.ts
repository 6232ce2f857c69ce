"use server";

import { changePasswordSchema } from "@/lib/domain/accounts/password-reset";
import { changePassword } from "@/lib/services/accounts/password-change";
import { defineAction } from "../define-action";

/** One's own password; the form signs the browser out afterwards (every session has ended). */
export const changePasswordAction = defineAction({
  permission: "signed-in",
  schema: changePasswordSchema,
  run: (input, actor) => changePassword(actor, input),
});
