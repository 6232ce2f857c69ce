import { MAX_YUAN } from "../amount";
import { KEY_CHAIN_LINKS, RD_INSTITUTION_LEVELS, SME_SIZES, type Facts } from "../facts";
import type { EvaluationContext } from "./metric-types";

/**
 * The flat fact reader: one pass over a fact set, writing every figure the built-in metrics read
 * into a Float64Array, NaN for "not reported or not usable". Metrics computed from the sheet
 * (flat-metrics.ts) then do arithmetic on numbers instead of looking up nested objects by
 * computed keys — those keyed lookups, one call site for every field, went megamorphic and were
 * the largest cost of `decide`. Property names are written out here for the same reason.
 *
 * Each cell holds exactly what the defensive readers of fact-readers.ts return, so the sheet and
 * the metric definitions agree on every input (tests/unit/rules/fact-sheet.test.ts):
 * - amounts: integer fen (readNonNegativeFen; net profit signed, readFen);
 * - counts: readCount; the reported national share: readNumber;
 * - yes/no: 1 or 0; choices: the index in the facts schema's list (SME_SIZES, …);
 * - title validity dates: 1 if still valid on ctx.asOf, 0 if expired.
 */

/** Financial years kept: application year − 1 … − 6 (yearsBack and years are at most 5; growth needs one more). */
export const FIN_YEARS = 6;
export const EQUITY_YEARS = 5;

/** Fields of one financial year, in cell order. */
export const FIN = { revenue: 0, mainBusinessRevenue: 1, rdExpense: 2, netProfit: 3, totalAssets: 4, totalLiabilities: 5, employees: 6, rdStaff: 7 } as const;
export type FinField = keyof typeof FIN;
const FIN_FIELDS = 8;

/** Cell indexes of the answers that are not per year. */
export const CELL = {
  independentLegalPerson: 0,
  smeSize: 1,
  onAbnormalOperationsList: 2,
  onSeriousDishonestyList: 3,
  bannedOrPhaseOutProducts: 4,
  majorAccidentLast3Years: 5,
  taxEvasionLast3Years: 6,
  innovative: 7,
  innovativeStillValid: 8,
  specialized: 9,
  specializedStillValid: 10,
  highTechEnterprise: 11,
  techInnovationDemonstration: 12,
  ipAdvantageOrDemonstration: 13,
  highValueClassI: 14,
  selfDevelopedClassI: 15,
  classI: 16,
  classII: 17,
  nicheSince: 18,
  nationalSharePercent: 19,
  nationalRank: 20,
  provincialRank: 21,
  strategicEmergingIndustry: 22,
  keyChainLink: 23,
  industrialFoundation: 24,
  tenKeyIndustries: 25,
  networkPowerField: 26,
  timeHonouredBrand: 27,
  chainLeaderSupplier: 28,
  digitalLevel: 29,
  rdDesignOnSystems: 30,
  manufacturingOnSystems: 31,
  supplyChainOnSystems: 32,
  provincialQualityAward: 33,
  managementSystemCertification: 34,
  developedEconomyProductCertification: 35,
  ownBrand: 36,
  draftedStandard: 37,
  makerChinaTop500: 38,
  makerChinaTop500Year: 39,
  rdInstitutionLevel: 40,
} as const;
const SCALARS = 41;

/**
 * Parts of the sheet, read on first use: most rule sets need a few sections and years only, and a
 * firm that fails a prerequisite needs fewer still.
 */
export const PART = {
  compliance: 1 << 0,
  titlesHeld: 1 << 1,
  validTitles: 1 << 2,
  ip: 1 << 3,
  market: 1 << 4,
  leadingProduct: 1 << 5,
  digital: 1 << 6,
  quality: 1 << 7,
  awards: 1 << 8,
  rdInstitution: 1 << 9,
  equityFinancing: 1 << 10,
} as const;
const FIN_PART_SHIFT = 11;
export const ALL_PARTS = (1 << (FIN_PART_SHIFT + FIN_YEARS)) - 1;

/** The part holding a financial year `yearsAgo` (1 … FIN_YEARS) before the application year. */
export function finPart(yearsAgo: number): number {
  return 1 << (FIN_PART_SHIFT + yearsAgo - 1);
}

// First cell of each scalar part, in CELL order.
const PART_STARTS: readonly [number, number][] = [
  [0, PART.compliance],
  [7, PART.titlesHeld],
  [11, PART.validTitles],
  [14, PART.ip],
  [18, PART.market],
  [22, PART.leadingProduct],
  [29, PART.digital],
  [33, PART.quality],
  [38, PART.awards],
  [40, PART.rdInstitution],
];
const FIN_BASE = SCALARS;
const EQUITY_BASE = FIN_BASE + FIN_YEARS * FIN_FIELDS;
export const SHEET_CELLS = EQUITY_BASE + EQUITY_YEARS;

/** The part a cell belongs to (what must be read before the cell is). */
export function partOf(cell: number): number {
  if (cell >= EQUITY_BASE) return PART.equityFinancing;
  if (cell >= FIN_BASE) return finPart(1 + Math.floor((cell - FIN_BASE) / FIN_FIELDS));
  let part = 0;
  for (const [start, p] of PART_STARTS) if (cell >= start) part = p;
  return part;
}

/** Cell of a financial figure `yearsAgo` (1 = last year … FIN_YEARS) before the application year. */
export function finCell(yearsAgo: number, field: FinField): number {
  return FIN_BASE + (yearsAgo - 1) * FIN_FIELDS + FIN[field];
}

/** Cell of the equity financing `yearsAgo` (1 … EQUITY_YEARS) before the application year. */
export function equityCell(yearsAgo: number): number {
  return EQUITY_BASE + yearsAgo - 1;
}

type Bag = Record<string, unknown>;

function bag(v: unknown): Bag | undefined {
  return typeof v === "object" && v !== null ? (v as Bag) : undefined;
}

function fen(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= MAX_YUAN ? Math.round(v * 100) : NaN;
}

function nonNegativeFen(v: unknown): number {
  const f = fen(v);
  return f >= 0 ? f : NaN;
}

function count(v: unknown): number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1e9 ? v : NaN;
}

function num(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : NaN;
}

function yesNo(v: unknown): number {
  return v === true ? 1 : v === false ? 0 : NaN;
}

function choice(v: unknown, codes: readonly string[]): number {
  if (typeof v !== "string") return NaN;
  const i = codes.indexOf(v);
  return i < 0 ? NaN : i;
}

/** YYYY-MM-DD by character codes, as standing-metrics checks it. */
function isIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function stillValid(v: unknown, asOf: string): number {
  // ISO dates compare correctly as strings.
  return typeof v === "string" && isIsoDate(v) ? (v >= asOf ? 1 : 0) : NaN;
}

/**
 * A reusable sheet. Not re-entrant: one evaluation at a time per sheet (evaluation is synchronous
 * and calls nothing of the caller's, so one sheet per compiled rule set is enough).
 */
export class FactSheet {
  readonly cells = new Float64Array(SHEET_CELLS);
  facts: Facts = {};
  ctx: EvaluationContext = { applicationYear: 0, asOf: "" };

  /** Parts read so far for the current fact set. */
  loaded = 0;
  private bags: Bag = {};

  /** Starts on a fact set (any value; a non-object reads as nothing reported). Parts are read by ensure(). */
  read(facts: Facts, ctx: EvaluationContext): void {
    this.facts = facts;
    this.ctx = ctx;
    this.bags = (typeof facts === "object" && facts !== null ? facts : {}) as Bag;
    this.loaded = 0;
  }

  /** Makes sure the given parts (PART bits, finPart) of the current fact set are in the sheet. */
  ensure(parts: number): void {
    const todo = parts & ~this.loaded;
    if (todo === 0) return;
    this.loaded |= todo;
    // One small method per part, so each is optimised (and its readers inlined) on its own.
    if (todo & PART.compliance) this.readCompliance();
    if (todo & PART.titlesHeld) this.readTitlesHeld();
    if (todo & PART.validTitles) this.readValidTitles();
    if (todo & PART.ip) this.readIp();
    if (todo & PART.market) this.readMarket();
    if (todo & PART.leadingProduct) this.readLeadingProduct();
    if (todo & PART.digital) this.readDigital();
    if (todo & PART.quality) this.readQuality();
    if (todo & PART.awards) this.readAwards();
    if (todo & PART.rdInstitution) this.cells[CELL.rdInstitutionLevel] = choice(bag(this.bags.rdInstitution)?.level, RD_INSTITUTION_LEVELS);
    if (todo & PART.equityFinancing) this.readEquity();
    if (todo >>> FIN_PART_SHIFT !== 0) {
      const fin = bag(this.bags.financials);
      for (let ago = 1; ago <= FIN_YEARS; ago++) if (todo & finPart(ago)) this.readYear(fin, ago);
    }
  }

  private readCompliance(): void {
    const s = this.cells;
    const f = this.bags;
    const c = bag(f.compliance);
    s[CELL.independentLegalPerson] = yesNo(c?.independentLegalPerson);
    s[CELL.smeSize] = choice(c?.smeSize, SME_SIZES);
    s[CELL.onAbnormalOperationsList] = yesNo(c?.onAbnormalOperationsList);
    s[CELL.onSeriousDishonestyList] = yesNo(c?.onSeriousDishonestyList);
    s[CELL.bannedOrPhaseOutProducts] = yesNo(c?.bannedOrPhaseOutProducts);
    s[CELL.majorAccidentLast3Years] = yesNo(c?.majorAccidentLast3Years);
    s[CELL.taxEvasionLast3Years] = yesNo(c?.taxEvasionLast3Years);
  }

  private readTitlesHeld(): void {
    const s = this.cells;
    const f = this.bags;
    const t = bag(f.titlesHeld);
    s[CELL.innovative] = yesNo(t?.innovative);
    s[CELL.innovativeStillValid] = stillValid(t?.innovativeValidUntil, this.ctx.asOf);
    s[CELL.specialized] = yesNo(t?.specialized);
    s[CELL.specializedStillValid] = stillValid(t?.specializedValidUntil, this.ctx.asOf);
  }

  private readValidTitles(): void {
    const s = this.cells;
    const f = this.bags;
    const v = bag(f.validTitles);
    s[CELL.highTechEnterprise] = yesNo(v?.highTechEnterprise);
    s[CELL.techInnovationDemonstration] = yesNo(v?.techInnovationDemonstration);
    s[CELL.ipAdvantageOrDemonstration] = yesNo(v?.ipAdvantageOrDemonstration);
  }

  private readIp(): void {
    const s = this.cells;
    const f = this.bags;
    const ip = bag(f.ip);
    s[CELL.highValueClassI] = count(ip?.highValueClassI);
    s[CELL.selfDevelopedClassI] = count(ip?.selfDevelopedClassI);
    s[CELL.classI] = count(ip?.classI);
    s[CELL.classII] = count(ip?.classII);
  }

  private readMarket(): void {
    const s = this.cells;
    const f = this.bags;
    const m = bag(f.market);
    s[CELL.nicheSince] = count(m?.nicheSince);
    s[CELL.nationalSharePercent] = num(m?.nationalSharePercent);
    s[CELL.nationalRank] = count(m?.nationalRank);
    s[CELL.provincialRank] = count(m?.provincialRank);
  }

  private readLeadingProduct(): void {
    const s = this.cells;
    const f = this.bags;
    const lp = bag(f.leadingProduct);
    s[CELL.strategicEmergingIndustry] = yesNo(lp?.strategicEmergingIndustry);
    s[CELL.keyChainLink] = choice(lp?.keyChainLink, KEY_CHAIN_LINKS);
    s[CELL.industrialFoundation] = yesNo(lp?.industrialFoundation);
    s[CELL.tenKeyIndustries] = yesNo(lp?.tenKeyIndustries);
    s[CELL.networkPowerField] = yesNo(lp?.networkPowerField);
    s[CELL.timeHonouredBrand] = yesNo(lp?.timeHonouredBrand);
    s[CELL.chainLeaderSupplier] = yesNo(lp?.chainLeaderSupplier);
  }

  private readDigital(): void {
    const s = this.cells;
    const f = this.bags;
    const d = bag(f.digital);
    s[CELL.digitalLevel] = count(d?.level);
    s[CELL.rdDesignOnSystems] = yesNo(d?.rdDesignOnSystems);
    s[CELL.manufacturingOnSystems] = yesNo(d?.manufacturingOnSystems);
    s[CELL.supplyChainOnSystems] = yesNo(d?.supplyChainOnSystems);
  }

  private readQuality(): void {
    const s = this.cells;
    const f = this.bags;
    const q = bag(f.quality);
    s[CELL.provincialQualityAward] = yesNo(q?.provincialQualityAward);
    s[CELL.managementSystemCertification] = yesNo(q?.managementSystemCertification);
    s[CELL.developedEconomyProductCertification] = yesNo(q?.developedEconomyProductCertification);
    s[CELL.ownBrand] = yesNo(q?.ownBrand);
    s[CELL.draftedStandard] = yesNo(q?.draftedStandard);
  }

  private readAwards(): void {
    const s = this.cells;
    const f = this.bags;
    const a = bag(f.awards);
    s[CELL.makerChinaTop500] = yesNo(a?.makerChinaTop500);
    s[CELL.makerChinaTop500Year] = count(a?.makerChinaTop500Year);
  }

  private readEquity(): void {
    const s = this.cells;
    const eq = bag(this.bags.equityFinancing);
    for (let ago = 1; ago <= EQUITY_YEARS; ago++) {
      // A number key reads the same property as the year's string key ("2024").
      s[EQUITY_BASE + ago - 1] = eq === undefined ? NaN : nonNegativeFen(eq[this.ctx.applicationYear - ago]);
    }
  }

  private readYear(fin: Bag | undefined, ago: number): void {
    const s = this.cells;
    const y = fin === undefined ? undefined : bag(fin[this.ctx.applicationYear - ago]);
    const at = FIN_BASE + (ago - 1) * FIN_FIELDS;
    if (y === undefined) {
      s.fill(NaN, at, at + FIN_FIELDS);
      return;
    }
    s[at + FIN.revenue] = nonNegativeFen(y.revenue);
    s[at + FIN.mainBusinessRevenue] = nonNegativeFen(y.mainBusinessRevenue);
    s[at + FIN.rdExpense] = nonNegativeFen(y.rdExpense);
    s[at + FIN.netProfit] = fen(y.netProfit);
    s[at + FIN.totalAssets] = nonNegativeFen(y.totalAssets);
    s[at + FIN.totalLiabilities] = nonNegativeFen(y.totalLiabilities);
    s[at + FIN.employees] = count(y.employees);
    s[at + FIN.rdStaff] = count(y.rdStaff);
  }
}
