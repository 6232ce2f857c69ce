import { buildCreditCode } from "@/lib/company/credit-code";
import { INDUSTRY_PHRASES } from "./industry-phrases";
import { INDUSTRIES } from "./industries";
import { composeCompanyName } from "./company-names";
import { placeCompany } from "./company-placement";
import { demoOrganisationCode } from "./organisation-code";
import { createRandom, mixSeed } from "./random";
import { WeightedTable } from "./weighted-table";

/** The year demo ages are counted from. */
export const DEMO_REFERENCE_YEAR = 2025;
/** Firms founded from this year on have post-reform ("MA…") organisation codes. */
const CREDIT_CODE_REFORM_YEAR = 2016;

export interface DemoCompany {
  readonly index: number;
  /** Valid unified social credit code, unique per index for a seed. */
  readonly creditCode: string;
  /** Unique per index for a seed, in both languages. */
  readonly nameZh: string;
  readonly nameEn: string;
  readonly provinceCode: string;
  /** The city, or for a municipality its district. */
  readonly cityCode: string;
  /** Where it is registered: the county when the city's counties are listed, else the city. */
  readonly divisionCode: string;
  /** GB/T 4754 code, e.g. "C34". */
  readonly industryCode: string;
  readonly foundedYear: number;
  readonly employees: number;
}

const INDUSTRY_TABLE = new WeightedTable(INDUSTRIES.map((industry) => [industry, industry.weight] as const));

/**
 * The identity of demo company number `index` (0, 1, 2 …) for a seed. Pure and random-access:
 * the same (index, seed) always gives the same company, in any order and in any process.
 */
export function demoCompany(index: number, seed = 1): DemoCompany {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`company index ${index} must be a non-negative integer`);
  const random = createRandom(mixSeed(seed, index));
  const placement = placeCompany(index, seed);
  const county = placement.city.counties.length > 0 ? random.pick(placement.city.counties) : undefined;
  const industry = INDUSTRY_TABLE.pick(random.next());
  const phrase = random.pick(INDUSTRY_PHRASES.get(industry.code) ?? []);

  // Age: at least 2 years (time in the niche), then exponential with a mean of about 11 years.
  const age = Math.min(40, 2 + Math.floor(-Math.log(1 - random.next()) * 11));
  const foundedYear = DEMO_REFERENCE_YEAR - age;
  // Head count: log-normal around the industry's median, older firms somewhat larger, SME-sized.
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  const employees = Math.max(8, Math.min(980, Math.round(industry.medianEmployees * (0.7 + age / 30) * Math.exp(0.7 * normal))));
  const jointStock = random.chance(employees >= 300 ? 0.35 : 0.12);

  const name = composeCompanyName({
    place: placement.place,
    rank: placement.rankInPlace,
    salt: mixSeed(seed, placement.placeGroup),
    phrase,
    jointStock,
  });
  const divisionCode = county?.code ?? placement.city.code;
  const organisation = demoOrganisationCode(index, seed, foundedYear >= CREDIT_CODE_REFORM_YEAR);
  return {
    index,
    creditCode: buildCreditCode("91", divisionCode, organisation),
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    provinceCode: placement.province.code,
    cityCode: placement.city.code,
    divisionCode,
    industryCode: industry.code,
    foundedYear,
    employees,
  };
}
