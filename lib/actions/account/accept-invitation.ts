"use server";

import { setPasswordByLinkSchema } from "@/lib/domain/accounts/new-password-input";
import { acceptInvitation } from "@/lib/services/accounts/accept-invitation";
import { definePublicAction } from "../define-public-action";

/** The invited person sets a password through the emailed link; the link is the credential, checked by the service. */
export const acceptInvitationAction = definePublicAction({
  schema: setPasswordByLinkSchema,
  throttle: "invitation",
  run: (input) => acceptInvitation(input),
});
