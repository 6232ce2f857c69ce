"use server";

import { revalidatePath } from "next/cache";
import { inviteColleagueSchema } from "@/lib/domain/company-users/colleague-input";
import { inviteColleague } from "@/lib/services/company-users/colleagues";
import { defineAction } from "../define-action";

/** Invite a colleague to the firm's accounts by email (the firm's administrator only; the service checks). */
export const inviteColleagueAction = defineAction({
  permission: "company-user:manage",
  schema: inviteColleagueSchema,
  run: async (input, actor) => {
    const result = await inviteColleague(actor, input);
    revalidatePath("/company/users");
    return result ?? null;
  },
});
