"use server";

import { revalidatePath } from "next/cache";
import { createVersionSchema } from "@/lib/domain/rule-sets/inputs";
import { createRuleSetVersion } from "@/lib/services/rule-sets/create-version";
import { defineAction } from "../define-action";

/** Copy a rule set into a new draft revision; the service checks `ruleset:manage` on its region. */
export const createRuleSetVersionAction = defineAction({
  permission: "ruleset:manage",
  schema: createVersionSchema,
  run: async (input, actor) => {
    const created = await createRuleSetVersion(actor, input);
    revalidatePath("/admin/rule-sets", "layout");
    return created;
  },
});
