import type { RuleSet } from "../rule-set-schema";
import { innovative2022 } from "./innovative-2022";
import { innovative2026 } from "./innovative-2026";
import { littleGiant2018 } from "./little-giant-2018";
import { littleGiant2022 } from "./little-giant-2022";
import { littleGiant2026 } from "./little-giant-2026";
import { shanxiSpecialized2019 } from "./shanxi-specialized-2019";
import { specialized2022 } from "./specialized-2022";
import { specialized2026 } from "./specialized-2026";

/** The rule sets shipped with the code; administrators derive new versions from them as data. */
export const BUILTIN_RULE_SETS: readonly RuleSet[] = [
  innovative2022,
  specialized2022,
  littleGiant2022,
  littleGiant2018,
  innovative2026,
  specialized2026,
  littleGiant2026,
  shanxiSpecialized2019,
];

const BY_CODE = new Map(BUILTIN_RULE_SETS.map((rs) => [rs.code, rs]));

export function getBuiltinRuleSet(code: string): RuleSet | undefined {
  return BY_CODE.get(code);
}
