import { describeIssue, type IssueCode } from "../issues";
import type { LocalizedText } from "../localized-text";
import { ruleSetSchema, type RuleSet } from "../rule-set-schema";
import { MetricRegistry } from "./compiled-metric";
import { compileCondition } from "./compile-condition";
import type { CompiledRuleSet } from "./compiled-rule-set";
import { compileScored } from "./compile-scored";
import { compileDecider } from "./run-decision";
import { SummaryCache } from "./summarize";

export type { CompiledRuleSet } from "./compiled-rule-set";

export class InvalidRuleSetError extends Error {
  constructor(
    readonly code: string,
    /** `message` is zod's (English); `issue` the engine's code (null for a zod check) and `text` both languages. */
    readonly issues: readonly { path: string; message: string; issue: IssueCode | null; text: LocalizedText }[],
  ) {
    super(`Rule set "${code}" is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "InvalidRuleSetError";
  }
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

/**
 * Validates (an invalid rule set is a configuration error, so this throws) and compiles. Results
 * are cached per rule-set object; callers that load rule sets from the database should keep the
 * loaded object (or the compiled one) rather than re-parse it for every evaluation.
 */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const cached = cache.get(ruleSet);
  if (cached) return cached;
  const parsed = ruleSetSchema.safeParse(ruleSet);
  if (!parsed.success) {
    const code = typeof (ruleSet as { code?: unknown })?.code === "string" ? (ruleSet as { code: string }).code : "?";
    throw new InvalidRuleSetError(
      code,
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message, ...describeIssue(i) })),
    );
  }
  const rs = parsed.data;
  const registry = new MetricRegistry(rs);
  const conditions = (list: RuleSet["prerequisites"], mandatory: boolean) =>
    list.map((c) => compileCondition(c, { registry, mandatory, clause: c.clause ?? "" }));
  const compiled: CompiledRuleSet = {
    compiled: true,
    ruleSet: rs,
    header: Object.freeze({ code: rs.code, version: rs.version, tier: rs.tier, region: rs.region }),
    prerequisites: conditions(rs.prerequisites, true),
    requirements: conditions(rs.requirements, true),
    directRoutes: conditions(rs.directRoutes, false),
    score: rs.score
      ? {
          passMark: rs.score.passMark,
          max: rs.score.blocks.reduce((s, b) => s + b.max, 0),
          blocks: rs.score.blocks.map((b) => ({
            id: b.id,
            title: b.title,
            max: b.max,
            minimum: b.minimum,
            criteria: b.criteria.map((c) => compileScored(c, { registry, mandatory: false, clause: c.clause ?? "" })),
          })),
        }
      : null,
    summaries: new SummaryCache(),
    decider: compileDecider(rs, registry, () => registry.size),
    get slots() {
      return registry.size;
    },
    get sheetParts() {
      return registry.parts;
    },
  };
  cache.set(ruleSet, compiled);
  return compiled;
}
