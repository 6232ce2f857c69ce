import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { METRICS, type Facts } from "@/lib/rules";
import { ALL_PARTS, FactSheet } from "@/lib/rules/metrics/fact-sheet";
import { flatMetric, INVALID, METRIC_CELLS, MISSING, OK } from "@/lib/rules/metrics/flat-metrics";
import { DEFAULT_METRIC_PARAMS, type EvaluationContext, type MetricDefinition, type MetricParams } from "@/lib/rules/metrics/metric-types";
import { compareRatio, compareRatioCells, percentThreshold, ratio, averageOfRatios, type Ratio } from "@/lib/rules/ratio";
import { beginFacts } from "@/lib/rules/metrics/fact-readers";
import { MetricRegistry, type Env } from "@/lib/rules/engine/compiled-metric";
import type { RuleSet } from "@/lib/rules/rule-set-schema";
import { CONTEXT, patch, strongFirm } from "./support/firms";
import { damagedFacts, plausibleFacts } from "./support/plausible-facts";

/**
 * decide computes metrics from the flat fact sheet; evaluate from the metric definitions. They must
 * agree on every input: the same status, and for an OK value the same number, answer or ratio.
 */

const REGIONAL = { key: "key-chain", keyLabel: null, keyUnit: "number" as const };

/** Every metric with each parameter it takes at its extremes. */
function variants(def: MetricDefinition): MetricParams[] {
  const out: MetricParams[] = [DEFAULT_METRIC_PARAMS];
  if (def.params.includes("yearsBack")) for (const yearsBack of [1, 2, 5]) out.push({ ...DEFAULT_METRIC_PARAMS, yearsBack });
  if (def.params.includes("years")) for (const years of [1, 3, 5]) out.push({ ...DEFAULT_METRIC_PARAMS, years });
  if (def.params.includes("maxRank")) out.push({ ...DEFAULT_METRIC_PARAMS, maxRank: 3, awardScope: "national" });
  if (def.params.includes("key")) return out.map((p) => ({ ...p, ...REGIONAL }));
  return out;
}

const EDGES = [0, 3, 5, 50, 80, -10].map(percentThreshold);

function expectAgreement(def: MetricDefinition, p: MetricParams, facts: Facts, ctx: EvaluationContext) {
  beginFacts(facts);
  const expected = def.compute(facts, p, ctx);
  const sheet = new FactSheet();
  sheet.read(facts, ctx);
  sheet.ensure(ALL_PARTS);
  const out = new Float64Array(METRIC_CELLS);
  const flat = flatMetric(def, p);
  const status = flat.compute(sheet, out, 0);
  const where = `${def.id} ${JSON.stringify(p)}`;
  expect(status, where).toBe(expected.status === "ok" ? OK : expected.status === "missing" ? MISSING : INVALID);
  if (expected.status !== "ok") return;
  const v = expected.value;
  if (typeof v === "boolean") expect(out[0], where).toBe(v ? 1 : 0);
  else if (typeof v === "string") expect(flat.codes?.[out[0]!], where).toBe(v);
  else if (typeof v === "number") expect(out[0], where).toBe(v);
  else {
    expect(out[0], where).toBe((v as Ratio).v);
    for (const edge of EDGES) expect(compareRatioCells(out, 0, edge), where).toBe(compareRatio(v as Ratio, edge));
  }
}

const ctxArb = fc.constantFrom<EvaluationContext>(CONTEXT, { applicationYear: 2026, asOf: "2026-04-01" }, { applicationYear: 2024, asOf: "2024-12-31" });
const anyFacts = fc.oneof(plausibleFacts, damagedFacts, fc.anything()) as fc.Arbitrary<Facts>;

describe("the flat fact sheet and flat metrics agree with the metric definitions", () => {
  const defs = [...METRICS.values()];
  it.each(defs.map((def) => ({ id: def.id, def })))("$id: same status and value on any facts", ({ def }) => {
    fc.assert(
      fc.property(anyFacts, ctxArb, (facts, ctx) => {
        for (const p of variants(def)) expectAgreement(def, p, facts, ctx);
      }),
      { numRuns: 150 },
    );
  });

  it.each(defs.map((def) => ({ id: def.id, def })))("$id: evaluate's metric result read from the sheet equals the definition's", ({ def }) => {
    const registry = new MetricRegistry({ regionalIndicators: [] } as unknown as RuleSet);
    const bound = variants(def).map((p) =>
      registry.bind({
        metric: def.id,
        yearsBack: p.yearsBack,
        years: p.years,
        awardScope: p.awardScope,
        ...(p.maxRank === null ? {} : { maxRank: p.maxRank }),
        ...(p.key ? { key: p.key } : {}),
      }),
    );
    const check = (facts: Facts, ctx: EvaluationContext) => {
      beginFacts(facts);
      const sheet = new FactSheet();
      sheet.read(facts, ctx);
      const env: Env = { facts, ctx, cache: [], shown: [], explain: true, fresh: false, sheet };
      for (const m of bound) expect(m.get(env), `${def.id} ${JSON.stringify(m.params)}`).toEqual(def.compute(facts, m.params, ctx));
    };
    // The strong firm reports six years, so multi-year averages and windows come out OK too.
    const longHistory = patch(strongFirm(), {
      "financials.2019": { revenue: 9_000_000, mainBusinessRevenue: 8_000_000, netProfit: 500_000, rdExpense: 400_000 },
      "financials.2020": { revenue: 9_500_000, mainBusinessRevenue: 8_500_000, netProfit: 600_000, rdExpense: 450_000 },
    });
    for (const facts of [strongFirm(), longHistory]) check(facts, CONTEXT);
    fc.assert(fc.property(anyFacts, ctxArb, check), { numRuns: 150 });
  });

  it.each(defs.map((def) => ({ id: def.id, def })))("$id: same status and value for the strong firm", ({ def }) => {
    for (const p of variants(def)) expectAgreement(def, p, strongFirm(), CONTEXT);
  });

  it("enum codes are the metric's options, in any order", () => {
    for (const def of defs.filter((d) => d.type === "enum")) {
      expect([...(flatMetric(def, DEFAULT_METRIC_PARAMS).codes ?? [])].sort(), def.id).toEqual((def.options ?? []).map((o) => o.value).sort());
    }
  });

  it("a figure exactly on a band edge compares equal, one fen either side does not", () => {
    const at = (rd: number) => patch(strongFirm(), { "financials.2024.revenue": 10_000_000, "financials.2024.rdExpense": rd });
    for (const [rd, sign] of [
      [300_000, 0],
      [299_999.99, -1],
      [300_000.01, 1],
    ] as const) {
      const sheet = new FactSheet();
      sheet.read(at(rd), CONTEXT);
      const share = flatMetric(METRICS.get("rdShare")!, DEFAULT_METRIC_PARAMS);
      sheet.ensure(share.needs);
      const out = new Float64Array(METRIC_CELLS);
      expect(share.compute(sheet, out, 0)).toBe(OK);
      expect(compareRatioCells(out, 0, percentThreshold(3))).toBe(sign);
    }
  });

  it("an average of growth rates of exactly 5% is 5% in cells too", () => {
    const pairs = [10_100_000_00 - 10_000_000_00, 10_000_000_00, 11_009_000_00 - 10_100_000_00, 10_100_000_00];
    const r = averageOfRatios(pairs);
    const out = new Float64Array([r.v, r.err, r.k, ...pairs]);
    expect(compareRatioCells(out, 0, percentThreshold(5))).toBe(0);
    const plain = ratio(3, 100);
    expect(compareRatioCells(new Float64Array([plain.v, plain.err, 1, 3, 100]), 0, percentThreshold(3))).toBe(0);
  });

  it("a part of the sheet is read only when asked for, and again for the next fact set", () => {
    const sheet = new FactSheet();
    sheet.read(strongFirm(), CONTEXT);
    expect(sheet.loaded).toBe(0);
    const revenue = flatMetric(METRICS.get("revenue")!, DEFAULT_METRIC_PARAMS);
    sheet.ensure(revenue.needs);
    expect(sheet.loaded).toBe(revenue.needs);
    const out = new Float64Array(METRIC_CELLS);
    revenue.compute(sheet, out, 0);
    const before = out[0];
    sheet.read(patch(strongFirm(), { "financials.2024.revenue": 1 }), CONTEXT);
    sheet.ensure(revenue.needs);
    revenue.compute(sheet, out, 0);
    expect(out[0]).toBe(100);
    expect(before).not.toBe(100);
  });
});
