"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { resendVerification } from "@/lib/services/accounts/email-verification";
import { defineAction } from "../define-action";

/** A new verification link for the signed-in person (the old one stops working); limited per hour in the service. */
export const resendVerificationAction = defineAction({
  permission: "signed-in",
  schema: z.object({}),
  run: async (_input, actor) => {
    const result = await resendVerification(actor);
    revalidatePath("/company");
    return result;
  },
});
