import { KEY_CHAIN_LINKS, RD_INSTITUTION_LEVELS, SME_SIZES, type Facts } from "../facts";
import { RATIO_REL_ERROR, type Ratio } from "../ratio";
import { CELL, equityCell, finCell, PART, partOf, type FactSheet, type FinField } from "./fact-sheet";
import type { MetricDefinition, MetricParams } from "./metric-types";

/**
 * The metrics of the catalogue computed from a FactSheet into a Float64Array, without allocating:
 * what `decide` runs on. Each returns a status code and, when OK, writes its value at `out[at]`:
 * - amount, number: the value (fen for amounts);
 * - boolean: 1 or 0; enum: the index of the value in `codes`;
 * - ratio: v, err, k, then k pairs (numerator, denominator) — the fields of a Ratio, so band edges
 *   are decided exactly (ratio-cells.ts), with the same floating-point arithmetic as ratio.ts.
 * The value-for-value equivalence with each definition's `compute` is tested
 * (tests/unit/rules/flat-metrics.test.ts); metrics without a flat form here (awards lists,
 * provincial indicators) run their `compute` and are converted.
 */

export const NOT_COMPUTED = 0;
export const OK = 1;
export const MISSING = 2;
export const INVALID = 3;

/** Cells a metric value may take: a ratio of at most 5 pairs is 3 + 10. */
export const METRIC_CELLS = 16;

export interface FlatMetric {
  /** Call with the parts of the sheet named by `needs` read (FactSheet.ensure). */
  compute(sheet: FactSheet, out: Float64Array, at: number): number;
  /** The FactSheet parts (PART bits) the metric reads. */
  needs: number;
  /** For enum metrics: the codes the value indexes. */
  codes: readonly string[] | null;
}

function writeRatio(out: Float64Array, at: number, n: number, d: number): number {
  const v = n / d;
  out[at] = v;
  out[at + 1] = Math.abs(v) * RATIO_REL_ERROR;
  out[at + 2] = 1;
  out[at + 3] = n;
  out[at + 4] = d;
  return OK;
}

const cellMetric = (cell: number, codes: readonly string[] | null = null): FlatMetric => ({
  compute(sheet, out, at) {
    const v = sheet.cells[cell]!;
    if (v !== v) return MISSING;
    out[at] = v;
    return OK;
  },
  needs: partOf(cell),
  codes,
});

const amount = (field: FinField, p: MetricParams): FlatMetric => cellMetric(finCell(p.yearsBack, field));

function share(numerator: FinField, denominator: FinField, p: MetricParams): FlatMetric {
  const nc = finCell(p.yearsBack, numerator);
  const dc = finCell(p.yearsBack, denominator);
  return {
    compute(sheet, out, at) {
      const n = sheet.cells[nc]!;
      const d = sheet.cells[dc]!;
      if (n !== n || d !== d) return MISSING;
      if (d === 0) return INVALID;
      return writeRatio(out, at, n, d);
    },
    needs: partOf(nc) | partOf(dc),
    codes: null,
  };
}

function growth(field: FinField, p: MetricParams): FlatMetric {
  const cur = finCell(p.yearsBack, field);
  const prev = finCell(p.yearsBack + 1, field);
  return {
    compute(sheet, out, at) {
      const c = sheet.cells[cur]!;
      const b = sheet.cells[prev]!;
      if (c !== c || b !== b) return MISSING;
      if (b <= 0) return INVALID;
      return writeRatio(out, at, c - b, b);
    },
    needs: partOf(cur) | partOf(prev),
    codes: null,
  };
}

/** The mean of yearly growth over `years` years ending last year (as averageOfRatios computes it). */
function averageGrowth(field: FinField, p: MetricParams): FlatMetric {
  const years = p.years;
  // Oldest first, as the definition reads them.
  const cells = Array.from({ length: years + 1 }, (_, i) => finCell(years + 1 - i, field));
  return {
    compute(sheet, out, at) {
      const s = sheet.cells;
      for (let i = 0; i <= years; i++) if (s[cells[i]!] !== s[cells[i]!]) return MISSING;
      let sum = 0;
      let magnitude = 0;
      for (let i = 1; i <= years; i++) {
        const prev = s[cells[i - 1]!]!;
        if (prev <= 0) return INVALID;
        const n = s[cells[i]!]! - prev;
        out[at + 1 + 2 * i] = n;
        out[at + 2 + 2 * i] = prev;
        const term = n / prev;
        sum += term;
        magnitude += Math.abs(term);
      }
      out[at] = sum / years;
      out[at + 1] = (magnitude / years) * RATIO_REL_ERROR * 4;
      out[at + 2] = years;
      return OK;
    },
    needs: cells.reduce((parts, cell) => parts | partOf(cell), 0),
    codes: null,
  };
}

function windowSum(cellOf: (yearsAgo: number) => number, p: MetricParams, average: boolean): FlatMetric {
  const years = p.years;
  const cells = Array.from({ length: years }, (_, i) => cellOf(years - i));
  return {
    compute(sheet, out, at) {
      const s = sheet.cells;
      let sum = 0;
      for (let i = 0; i < years; i++) {
        const v = s[cells[i]!]!;
        if (v !== v) return MISSING;
        sum += v;
      }
      out[at] = average ? sum / years : sum;
      return OK;
    },
    needs: cells.reduce((parts, cell) => parts | partOf(cell), 0),
    codes: null,
  };
}

const ipSubset = (cell: number): FlatMetric => ({
  compute(sheet, out, at) {
    const v = sheet.cells[cell]!;
    if (v === v) out[at] = v;
    // A class I count of 0 answers the subsets too.
    else if (sheet.cells[CELL.classI] === 0) out[at] = 0;
    else return MISSING;
    return OK;
  },
  needs: PART.ip,
  codes: null,
});

const yearsInNiche: FlatMetric = {
  compute(sheet, out, at) {
    const since = sheet.cells[CELL.nicheSince]!;
    if (since !== since) return MISSING;
    const year = sheet.ctx.applicationYear;
    if (since > year) return INVALID;
    out[at] = year - since;
    return OK;
  },
  needs: PART.market,
  codes: null,
};

const coreBusinessOnSystems: FlatMetric = {
  compute(sheet, out, at) {
    const s = sheet.cells;
    const a = s[CELL.rdDesignOnSystems]!;
    const b = s[CELL.manufacturingOnSystems]!;
    const c = s[CELL.supplyChainOnSystems]!;
    // Any yes settles it, whatever else is missing.
    if (a === 1 || b === 1 || c === 1) out[at] = 1;
    else if (a !== a || b !== b || c !== c) return MISSING;
    else out[at] = 0;
    return OK;
  },
  needs: PART.digital,
  codes: null,
};

const hasRdInstitution: FlatMetric = {
  compute(sheet, out, at) {
    const level = sheet.cells[CELL.rdInstitutionLevel]!;
    if (level !== level) return MISSING;
    out[at] = level === RD_INSTITUTION_LEVELS.indexOf("none") ? 0 : 1;
    return OK;
  },
  needs: PART.rdInstitution,
  codes: null,
};

function titleValid(held: number, stillValid: number): FlatMetric {
  return {
    compute(sheet, out, at) {
      const has = sheet.cells[held]!;
      if (has !== has) return MISSING;
      if (has === 0) out[at] = 0;
      else {
        const valid = sheet.cells[stillValid]!;
        if (valid !== valid) return MISSING;
        out[at] = valid;
      }
      return OK;
    },
    needs: PART.titlesHeld,
    codes: null,
  };
}

function makerChinaTop500(p: MetricParams): FlatMetric {
  return {
    compute(sheet, out, at) {
      const entered = sheet.cells[CELL.makerChinaTop500]!;
      if (entered !== entered) return MISSING;
      if (entered === 0) out[at] = 0;
      else {
        const year = sheet.cells[CELL.makerChinaTop500Year]!;
        if (year !== year) return MISSING;
        const app = sheet.ctx.applicationYear;
        out[at] = year >= app - p.years && year <= app ? 1 : 0;
      }
      return OK;
    },
    needs: PART.awards,
    codes: null,
  };
}

/** Any metric, through its definition's `compute`: for those without a flat form. */
function viaDefinition(def: MetricDefinition, p: MetricParams): FlatMetric {
  const codes = def.type === "enum" ? (def.options ?? []).map((o) => o.value) : null;
  return {
    compute(sheet, out, at) {
      const r = def.compute(sheet.facts as Facts, p, sheet.ctx);
      if (r.status !== "ok") return r.status === "missing" ? MISSING : INVALID;
      const v = r.value;
      if (typeof v === "boolean") out[at] = v ? 1 : 0;
      else if (typeof v === "number") out[at] = v;
      else if (typeof v === "string") out[at] = codes!.indexOf(v);
      else writeRatioValue(out, at, v);
      return OK;
    },
    // Reads the facts itself.
    needs: 0,
    codes,
  };
}

function writeRatioValue(out: Float64Array, at: number, r: Ratio): void {
  out[at] = r.v;
  out[at + 1] = r.err;
  out[at + 2] = r.k;
  out[at + 3] = r.n;
  out[at + 4] = r.d;
  const more = r.more ?? [];
  for (let i = 0; i < more.length; i++) out[at + 5 + i] = more[i]!;
}

const FLAGS = new Set<string>([
  "independentLegalPerson",
  "onAbnormalOperationsList",
  "onSeriousDishonestyList",
  "bannedOrPhaseOutProducts",
  "majorAccidentLast3Years",
  "taxEvasionLast3Years",
  "highTechEnterprise",
  "techInnovationDemonstration",
  "ipAdvantageOrDemonstration",
  "strategicEmergingIndustry",
  "industrialFoundation",
  "tenKeyIndustries",
  "networkPowerField",
  "timeHonouredBrand",
  "chainLeaderSupplier",
  "provincialQualityAward",
  "managementSystemCertification",
  "developedEconomyProductCertification",
  "ownBrand",
  "draftedStandard",
]);

/** The flat form of a metric bound to its parameters. */
export function flatMetric(def: MetricDefinition, p: MetricParams): FlatMetric {
  if (FLAGS.has(def.id)) return cellMetric(CELL[def.id as keyof typeof CELL]);
  switch (def.id) {
    case "revenue":
    case "mainBusinessRevenue":
    case "rdExpense":
    case "netProfit":
      return amount(def.id, p);
    case "rdShare":
      return share("rdExpense", "revenue", p);
    case "mainBusinessShare":
      return share("mainBusinessRevenue", "revenue", p);
    case "netMargin":
      return share("netProfit", "revenue", p);
    case "debtRatio":
      return share("totalLiabilities", "totalAssets", p);
    case "rdStaffShare":
      return share("rdStaff", "employees", p);
    case "mainBusinessGrowth":
      return growth("mainBusinessRevenue", p);
    case "revenueGrowth":
      return growth("revenue", p);
    case "mainBusinessGrowthAverage":
      return averageGrowth("mainBusinessRevenue", p);
    case "netProfitGrowthAverage":
      return averageGrowth("netProfit", p);
    case "rdExpenseTotal":
      return windowSum((ago) => finCell(ago, "rdExpense"), p, false);
    case "rdExpenseAverage":
      return windowSum((ago) => finCell(ago, "rdExpense"), p, true);
    case "equityFinancingTotal":
      return windowSum(equityCell, p, false);
    case "smeSize":
      return cellMetric(CELL.smeSize, SME_SIZES);
    case "keyChainLink":
      return cellMetric(CELL.keyChainLink, KEY_CHAIN_LINKS);
    case "rdInstitutionLevel":
      return cellMetric(CELL.rdInstitutionLevel, RD_INSTITUTION_LEVELS);
    case "hasRdInstitution":
      return hasRdInstitution;
    case "nationalMarketShare":
      return cellMetric(CELL.nationalSharePercent);
    case "nationalRank":
      return cellMetric(CELL.nationalRank);
    case "provincialRank":
      return cellMetric(CELL.provincialRank);
    case "ipClassI":
      return cellMetric(CELL.classI);
    case "ipClassII":
      return cellMetric(CELL.classII);
    case "ipHighValueClassI":
      return ipSubset(CELL.highValueClassI);
    case "ipSelfDevelopedClassI":
      return ipSubset(CELL.selfDevelopedClassI);
    case "digitalLevel":
      return cellMetric(CELL.digitalLevel);
    case "yearsInNiche":
      return yearsInNiche;
    case "coreBusinessOnInformationSystems":
      return coreBusinessOnSystems;
    case "innovativeTitleValid":
      return titleValid(CELL.innovative, CELL.innovativeStillValid);
    case "specializedTitleValid":
      return titleValid(CELL.specialized, CELL.specializedStillValid);
    case "makerChinaTop500":
      return makerChinaTop500(p);
    default:
      return viaDefinition(def, p);
  }
}
