"use server";

import { revalidatePath } from "next/cache";
import { saveRuleSetDraftSchema } from "@/lib/domain/rule-sets/inputs";
import { saveRuleSetDraft } from "@/lib/services/rule-sets/save-rule-set-draft";
import { defineAction } from "../define-action";

/** Save edited values into a draft, validated as a whole; the service checks `ruleset:manage`. */
export const saveRuleSetDraftAction = defineAction({
  permission: "ruleset:manage",
  schema: saveRuleSetDraftSchema,
  run: async (input, actor) => {
    const saved = await saveRuleSetDraft(actor, input);
    revalidatePath(`/admin/rule-sets/${input.id}`);
    return saved;
  },
});
