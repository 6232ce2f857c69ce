"use server";

import { revalidatePath } from "next/cache";
import { colleagueRefSchema } from "@/lib/domain/company-users/colleague-input";
import { removeColleague } from "@/lib/services/company-users/colleagues";
import { defineAction } from "../define-action";

/** Remove a colleague: no sign-in, sessions end now (the firm's administrator only). */
export const removeColleagueAction = defineAction({
  permission: "company-user:manage",
  schema: colleagueRefSchema,
  run: async (input, actor) => {
    const result = await removeColleague(actor, input);
    revalidatePath("/company/users");
    return result ?? null;
  },
});
