/**
 * Rules-engine benchmark: `npm run bench:rules [-- --facts 1000000] [-- --all]`.
 *
 * Generates varied fact sets with a deterministic PRNG (mulberry32, fixed seed): complete and
 * partial firms, every size band, values on round figures so band edges get exercised. They are
 * generated ahead of timing in batches of 1,000 (small enough to stay in the CPU cache, as a
 * server's working set would; generation is measured separately and not counted). By default
 * each fact set is judged by one rule set in turn, so 1,000,000 fact sets are 1,000,000
 * evaluations spread evenly over all rule sets; `--all` judges every fact set by every rule set.
 * Everything runs on this one thread:
 * - `evaluate`: the full result with a bilingual explanation for every criterion;
 * - `evaluate + JSON`: the same, serialised as the API and the application store do, for the first
 *   20 fact sets each rule set judges in each batch (a 2% sample with `--all`, so the run stays short);
 * - `decide`: the same outcome, score and missing facts without the explanations (batch work).
 * Rates are per second of wall-clock time and, in brackets, per second of this process's CPU time
 * (steadier on a busy machine), overall and for each rule set. decide must agree with evaluate
 * (outcome, missing facts, score) on every fact set it is given: the timed loops keep a reference
 * to each answer and the comparison runs afterwards, untimed.
 */
import { performance } from "node:perf_hooks";
import { BUILTIN_RULE_SETS, compileRuleSet, decide, evaluate, type Facts } from "@/lib/rules";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const TOTAL_FACTS = flag("--facts", 1_000_000);
const ALL = args.includes("--all");
const BATCH = 1_000;
const APPLICATION_YEAR = 2025;
// Frozen, as a batch caller would pass it: the engine then checks it once rather than per evaluation.
const CONTEXT = Object.freeze({ applicationYear: APPLICATION_YEAR, asOf: "2025-05-01" });

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(20250501);
const chance = (p: number) => rand() < p;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Yuan with 2 decimals; sometimes exactly on a round figure so band edges get exercised. */
const yuan = (lo: number, hi: number) => (chance(0.1) ? Math.round(lo + rand() * (hi - lo)) : Math.round((lo + rand() * (hi - lo)) * 100) / 100);
const maybe = <T>(p: number, make: () => T): T | undefined => (chance(p) ? make() : undefined);

function generateFacts(): Facts {
  const scale = pick([2e6, 8e6, 2e7, 6e7, 1.5e8, 4e8]);
  const financials: NonNullable<Facts["financials"]> = {};
  let revenue = scale * (0.5 + rand());
  for (let year = APPLICATION_YEAR - 4; year <= APPLICATION_YEAR - 1; year++) {
    revenue = Math.max(0, revenue * (0.85 + rand() * 0.4));
    const rev = Math.round(revenue * 100) / 100;
    const employees = int(5, 900);
    financials[String(year)] = {
      revenue: chance(0.02) ? 0 : rev,
      mainBusinessRevenue: Math.round(rev * (0.4 + rand() * 0.6) * 100) / 100,
      rdExpense: maybe(0.97, () => Math.round(rev * rand() * 0.15 * 100) / 100),
      netProfit: maybe(0.95, () => Math.round(rev * (rand() * 0.3 - 0.08) * 100) / 100),
      totalAssets: maybe(0.95, () => yuan(rev * 0.5, rev * 2)),
      totalLiabilities: maybe(0.95, () => yuan(0, rev * 1.2)),
      employees,
      rdStaff: maybe(0.95, () => int(0, employees)),
    };
  }
  const classI = int(0, 8);
  return {
    compliance: {
      independentLegalPerson: chance(0.99),
      smeSize: chance(0.97) ? pick(["micro", "small", "medium"] as const) : "large",
      onAbnormalOperationsList: chance(0.02),
      onSeriousDishonestyList: chance(0.01),
      bannedOrPhaseOutProducts: chance(0.01),
      majorAccidentLast3Years: chance(0.01),
      taxEvasionLast3Years: maybe(0.97, () => chance(0.01)),
    },
    titlesHeld: {
      innovative: chance(0.7),
      innovativeValidUntil: `${int(2024, 2028)}-12-31`,
      specialized: chance(0.5),
      specializedValidUntil: `${int(2024, 2028)}-06-30`,
    },
    validTitles: { highTechEnterprise: chance(0.3), techInnovationDemonstration: chance(0.05), ipAdvantageOrDemonstration: chance(0.05) },
    financials,
    equityFinancing: chance(0.8)
      ? { "2022": chance(0.8) ? 0 : yuan(0, 5e7), "2023": chance(0.8) ? 0 : yuan(0, 5e7), "2024": chance(0.8) ? 0 : yuan(0, 6e7) }
      : undefined,
    ip: { highValueClassI: int(0, Math.min(classI, 2)), selfDevelopedClassI: int(0, classI), classI, classII: maybe(0.9, () => int(0, 20)) },
    market: {
      nicheSince: int(2005, 2024),
      nationalSharePercent: maybe(0.8, () => Math.round(rand() * 3000) / 100),
      nationalRank: maybe(0.7, () => int(1, 30)),
      provincialRank: maybe(0.8, () => int(1, 10)),
    },
    leadingProduct: {
      strategicEmergingIndustry: chance(0.5),
      keyChainLink: pick(["fills-gap", "strengthens-weak-link", "extends-strong-link", "none"] as const),
      industrialFoundation: chance(0.4),
      tenKeyIndustries: chance(0.4),
      networkPowerField: maybe(0.9, () => chance(0.2)),
      timeHonouredBrand: chance(0.05),
      chainLeaderSupplier: chance(0.3),
    },
    digital: { level: int(1, 4), rdDesignOnSystems: chance(0.6), manufacturingOnSystems: chance(0.6), supplyChainOnSystems: chance(0.5) },
    quality: {
      provincialQualityAward: chance(0.1),
      managementSystemCertification: chance(0.7),
      developedEconomyProductCertification: chance(0.2),
      ownBrand: chance(0.7),
      draftedStandard: maybe(0.9, () => chance(0.3)),
    },
    awards: {
      scienceTech: chance(0.8) ? [] : [{ level: pick(["national", "provincial"] as const), year: int(2018, 2025), rank: int(1, 8) }],
      makerChinaTop500: chance(0.05),
      makerChinaTop500Year: int(2019, 2025),
    },
    rdInstitution: { level: pick(["none", "lower", "municipal", "provincial", "national"] as const), mode: pick(["in-house", "joint"] as const) },
    regional: { "key-industry-chain": chance(0.4), "in-province-supply-share": Math.round(rand() * 6000) / 100, "non-coal-main-business": chance(0.8) },
  };
}

const compiled = BUILTIN_RULE_SETS.map(compileRuleSet);
// JSON.stringify of a full result (about 20 KB) costs far more than evaluating it: a sample keeps the run short.
const JSON_SAMPLE = 20;
const wall = { evaluate: compiled.map(() => 0), json: compiled.map(() => 0), decide: compiled.map(() => 0) };
const cpu = { evaluate: compiled.map(() => 0), json: compiled.map(() => 0), decide: compiled.map(() => 0) };
const outcomes = new Map<string, number>();
let generationMs = 0;
let checksum = 0;
let disagreements = 0;

// Warm-up so the JIT has compiled the hot paths before timing.
const warm = Array.from({ length: 2_000 }, generateFacts);
for (const rs of compiled) {
  for (const f of warm) {
    checksum += evaluate(rs, f, CONTEXT).missing.length;
    checksum += decide(rs, f, CONTEXT).missing.length;
    checksum += JSON.stringify(evaluate(rs, f, CONTEXT)).length;
  }
}

// What the timed loops keep of each answer, for the untimed agreement check.
const evalOutcome: string[] = new Array(BATCH);
const evalMissing: string[][] = new Array(BATCH);
const evalTotal: (number | undefined)[] = new Array(BATCH);
const decisions: ReturnType<typeof decide>[] = new Array(BATCH);
const counts = compiled.map(() => 0);
const jsonCounts = compiled.map(() => 0);
let jsonBytes = 0;
for (let done = 0; done < TOTAL_FACTS; done += BATCH) {
  const g0 = performance.now();
  const batch = Array.from({ length: Math.min(BATCH, TOTAL_FACTS - done) }, generateFacts);
  generationMs += performance.now() - g0;
  for (let r = 0; r < compiled.length; r++) {
    const rs = compiled[r]!;
    // Without --all, rule set r takes every n-th fact set of the batch (offset by the batch number).
    const mine = ALL ? batch : batch.filter((_, i) => (i + done / BATCH) % compiled.length === r);
    counts[r]! += mine.length;
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    for (let i = 0; i < mine.length; i++) {
      const result = evaluate(rs, mine[i]!, CONTEXT);
      checksum += result.missing.length;
      outcomes.set(result.outcome, (outcomes.get(result.outcome) ?? 0) + 1);
      evalOutcome[i] = result.outcome;
      evalMissing[i] = result.missing;
      evalTotal[i] = result.score?.total;
    }
    wall.evaluate[r]! += performance.now() - t0;
    let used = process.cpuUsage(c0);
    cpu.evaluate[r]! += (used.user + used.system) / 1000;

    const sample = Math.min(JSON_SAMPLE, mine.length);
    jsonCounts[r]! += sample;
    c0 = process.cpuUsage();
    t0 = performance.now();
    for (let i = 0; i < sample; i++) jsonBytes += JSON.stringify(evaluate(rs, mine[i]!, CONTEXT)).length;
    wall.json[r]! += performance.now() - t0;
    used = process.cpuUsage(c0);
    cpu.json[r]! += (used.user + used.system) / 1000;

    c0 = process.cpuUsage();
    t0 = performance.now();
    for (let i = 0; i < mine.length; i++) {
      const decision = decide(rs, mine[i]!, CONTEXT);
      checksum += decision.missing.length;
      decisions[i] = decision;
    }
    wall.decide[r]! += performance.now() - t0;
    used = process.cpuUsage(c0);
    cpu.decide[r]! += (used.user + used.system) / 1000;

    // Not timed: decide must agree with evaluate on every fact set.
    for (let i = 0; i < mine.length; i++) {
      const quick = decisions[i]!;
      if (quick.outcome !== evalOutcome[i] || quick.missing.join() !== evalMissing[i]!.join() || quick.score?.total !== evalTotal[i]) disagreements++;
    }
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString("en-US");
const evaluations = sum(counts);
console.log(
  `fact sets generated: ${TOTAL_FACTS.toLocaleString("en-US")} in ${(generationMs / 1000).toFixed(1)} s (not counted); ` +
    `${ALL ? "every fact set judged by every rule set" : "each fact set judged by one rule set in turn"}`,
);
const LABEL = { evaluate: "evaluate", json: "evaluate + JSON", decide: "decide" } as const;
for (const mode of ["evaluate", "json", "decide"] as const) {
  const ms = sum(wall[mode]);
  const cpuMs = sum(cpu[mode]);
  const n = mode === "json" ? jsonCounts : counts;
  const total = sum(n);
  console.log(
    `${LABEL[mode]}: ${total.toLocaleString("en-US")} evaluations in ${(ms / 1000).toFixed(1)} s on one thread — ` +
      `overall ${rate(total, ms)}/s wall (${rate(total, cpuMs)}/s CPU)` +
      (mode === "json" ? `, ${Math.round(jsonBytes / total).toLocaleString("en-US")} bytes of JSON each on average` : ""),
  );
  for (let r = 0; r < compiled.length; r++) {
    console.log(
      `  ${compiled[r]!.ruleSet.code.padEnd(26)} ${rate(n[r]!, wall[mode][r]!).padStart(10)} /s wall (${rate(n[r]!, cpu[mode][r]!).padStart(10)} /s CPU)`,
    );
  }
}
console.log(
  `outcomes (evaluate): ${JSON.stringify(Object.fromEntries(outcomes))}; decide/evaluate disagreements: ${disagreements} of ${evaluations.toLocaleString("en-US")} (checksum ${checksum})`,
);
if (disagreements > 0) process.exitCode = 1;
