"use server";

import { revalidatePath } from "next/cache";
import { addCompanyUser } from "@/lib/services/signup/company-users";
import { colleagueSchema } from "@/lib/domain/signup/signup-schema";
import { defineAction } from "../define-action";

/** A company user gives a colleague an account for the same firm. */
export const addCompanyUserAction = defineAction({
  permission: "company-user:manage",
  schema: colleagueSchema,
  run: async (input, actor) => {
    const user = await addCompanyUser(actor, input);
    revalidatePath("/company/users");
    return user;
  },
});
