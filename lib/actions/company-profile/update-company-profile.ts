"use server";

import { revalidatePath } from "next/cache";
import { companyProfileInputSchema } from "@/lib/domain/company-profile/profile-input";
import { updateCompanyProfile } from "@/lib/services/company-profile/update-company-profile";
import { defineAction } from "../define-action";

/** A firm's user saves its contact details and industry. */
export const updateCompanyProfileAction = defineAction({
  permission: "company-profile:edit",
  schema: companyProfileInputSchema,
  run: async (input, actor) => {
    const outcome = await updateCompanyProfile(actor, input);
    revalidatePath("/company/profile");
    return outcome;
  },
});
