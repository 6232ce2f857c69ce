"use server";

import { claimInputSchema } from "@/lib/domain/claims/claim-input";
import { submitClaim } from "@/lib/services/claims/submit-claim";
import { definePublicAction } from "../define-public-action";

/**
 * A person claims a firm on the register that has no user, with the proof uploaded first. The
 * answer names only the address the receipt went to, alike whether or not it had an account.
 */
export const submitClaimAction = definePublicAction({
  schema: claimInputSchema,
  throttle: "claim",
  run: async (input) => {
    const receipt = await submitClaim(input);
    return { email: receipt.email };
  },
});
