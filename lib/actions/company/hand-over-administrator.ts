"use server";

import { revalidatePath } from "next/cache";
import { colleagueRefSchema } from "@/lib/domain/company-users/colleague-input";
import { handOverAdministrator } from "@/lib/services/company-users/colleagues";
import { defineAction } from "../define-action";

/** Hand the firm's administrator role to an active colleague. */
export const handOverAdministratorAction = defineAction({
  permission: "company-user:manage",
  schema: colleagueRefSchema,
  run: async (input, actor) => {
    const result = await handOverAdministrator(actor, input);
    revalidatePath("/company/users");
    return result ?? null;
  },
});
