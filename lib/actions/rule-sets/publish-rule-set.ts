"use server";

import { revalidatePath } from "next/cache";
import { publishRuleSetSchema } from "@/lib/domain/rule-sets/inputs";
import { publishRuleSet } from "@/lib/services/rule-sets/publish-rule-set";
import { defineAction } from "../define-action";

/** Publish a draft from an effective date; the service checks `ruleset:manage` and audits it. */
export const publishRuleSetAction = defineAction({
  permission: "ruleset:manage",
  schema: publishRuleSetSchema,
  run: async (input, actor) => {
    const published = await publishRuleSet(actor, input);
    revalidatePath("/admin/rule-sets", "layout");
    revalidatePath("/self-assessment");
    return published;
  },
});
