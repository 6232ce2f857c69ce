"use server";

import { revalidatePath } from "next/cache";
import { claimDecisionSchema } from "@/lib/domain/claims/claim-input";
import { decideClaim } from "@/lib/services/claims/decide-claim";
import { defineAction } from "../define-action";

/** An official of the firm's city or province approves a claim (the claimant becomes the firm's administrator) or refuses it. */
export const decideClaimAction = defineAction({
  permission: "claim:decide",
  schema: claimDecisionSchema,
  run: async (input, actor) => {
    const outcome = await decideClaim(actor, input);
    revalidatePath("/staff/claims", "layout");
    return outcome;
  },
});
