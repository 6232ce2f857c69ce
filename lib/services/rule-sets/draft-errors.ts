import { DomainError } from "@/lib/errors/domain-error";
import type { DefinitionErrors } from "@/lib/domain/rule-sets/validate-definition";

/** Refuses a rule-set write with every problem tied to its field (details.fieldErrors, both languages). */
export function invalidDefinition(fieldErrors: DefinitionErrors): DomainError {
  const count = Object.keys(fieldErrors).length;
  return new DomainError(
    "invalid",
    {
      zh: `规则集有${count}处问题，未作任何修改。请按提示更正。`,
      en: `The rule set has ${count} problem${count === 1 ? "" : "s"}; nothing was changed. Please correct them.`,
    },
    { fieldErrors },
  );
}
