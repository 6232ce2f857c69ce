import { z } from "zod";
import { hasAtMostDecimals, MAX_YUAN } from "./amount";
import { customIssue, issueEn } from "./issues";

/**
 * What a company reports about itself. Everything is optional so that a half-filled draft or a
 * public self-assessment parses; the evaluator reports what is missing. Amounts are yuan with at
 * most 2 decimals (the engine converts them to integer fen). Unknown keys are rejected so a typo
 * such as "revenu" is an error with a path rather than a silently missing value.
 */

const twoDecimals = { error: issueEn("amount-decimals-facts"), params: { issue: "amount-decimals-facts" } } as const;

/** Non-negative yuan amount: revenue, R&D expense, assets, financing… */
export const yuanSchema = z
  .number({ error: issueEn("amount-not-a-number") })
  .min(0, { error: issueEn("amount-negative") })
  .max(MAX_YUAN, { error: issueEn("amount-too-large-facts") })
  .refine((v) => hasAtMostDecimals(v, 2), twoDecimals);

/** Net profit is the only amount that may be negative (a loss). */
export const signedYuanSchema = z
  .number({ error: issueEn("amount-not-a-number") })
  .min(-MAX_YUAN, { error: issueEn("amount-too-large-facts") })
  .max(MAX_YUAN, { error: issueEn("amount-too-large-facts") })
  .refine((v) => hasAtMostDecimals(v, 2), twoDecimals);

const countSchema = z
  .number({ error: issueEn("not-a-whole-number") })
  .int()
  .min(0)
  .max(10_000_000);
const yearSchema = z
  .number({ error: issueEn("not-a-year") })
  .int()
  .min(1900)
  .max(2100);
const rankSchema = z
  .number({ error: issueEn("not-a-rank") })
  .int()
  .min(1)
  .max(100_000);
const percentSchema = z
  .number({ error: issueEn("not-a-percentage") })
  .min(0)
  .max(100)
  .refine((v) => hasAtMostDecimals(v, 2), { error: issueEn("percent-decimals-facts"), params: { issue: "percent-decimals-facts" } });

const isoDateSchema = z.iso.date({ error: issueEn("not-a-date") });

/** Financial years are keyed by the four-digit year, e.g. "2025". */
export const financialYearKeySchema = z.string().regex(/^(19|20|21)\d\d$/, { error: issueEn("not-a-four-digit-year") });

export const financialYearSchema = z
  .strictObject({
    revenue: yuanSchema,
    mainBusinessRevenue: yuanSchema,
    rdExpense: yuanSchema,
    netProfit: signedYuanSchema,
    totalAssets: yuanSchema,
    totalLiabilities: yuanSchema,
    employees: countSchema,
    rdStaff: countSchema,
  })
  .partial()
  .superRefine((y, ctx) => {
    if (y.mainBusinessRevenue !== undefined && y.revenue !== undefined && y.mainBusinessRevenue > y.revenue) {
      ctx.addIssue(customIssue("main-business-exceeds-revenue", ["mainBusinessRevenue"]));
    }
    if (y.rdStaff !== undefined && y.employees !== undefined && y.rdStaff > y.employees) {
      ctx.addIssue(customIssue("rd-staff-exceeds-employees", ["rdStaff"]));
    }
  });

export const SME_SIZES = ["micro", "small", "medium", "large"] as const;
export const KEY_CHAIN_LINKS = ["fills-gap", "strengthens-weak-link", "extends-strong-link", "none"] as const;
export const RD_INSTITUTION_LEVELS = ["none", "lower", "municipal", "provincial", "national"] as const;
export const RD_INSTITUTION_MODES = ["in-house", "joint"] as const;
export const AWARD_LEVELS = ["national", "provincial"] as const;

export const scienceTechAwardSchema = z.strictObject({
  level: z.enum(AWARD_LEVELS),
  year: yearSchema,
  /** Rank of the company among the award-winning units (1 = first); optional in drafts. */
  rank: rankSchema.optional(),
});

export const factsSchema = z.strictObject({
  compliance: z
    .strictObject({
      independentLegalPerson: z.boolean(),
      smeSize: z.enum(SME_SIZES),
      onAbnormalOperationsList: z.boolean(),
      onSeriousDishonestyList: z.boolean(),
      bannedOrPhaseOutProducts: z.boolean(),
      majorAccidentLast3Years: z.boolean(),
      taxEvasionLast3Years: z.boolean(),
    })
    .partial()
    .optional(),
  titlesHeld: z
    .strictObject({
      innovative: z.boolean(),
      innovativeValidUntil: isoDateSchema,
      specialized: z.boolean(),
      specializedValidUntil: isoDateSchema,
    })
    .partial()
    .optional(),
  validTitles: z
    .strictObject({
      highTechEnterprise: z.boolean(),
      techInnovationDemonstration: z.boolean(),
      ipAdvantageOrDemonstration: z.boolean(),
    })
    .partial()
    .optional(),
  financials: z.record(financialYearKeySchema, financialYearSchema).optional(),
  /** New paid-in equity financing from qualified institutional investors, by year. */
  equityFinancing: z.record(financialYearKeySchema, yuanSchema).optional(),
  ip: z
    .strictObject({
      highValueClassI: countSchema,
      selfDevelopedClassI: countSchema,
      classI: countSchema,
      classII: countSchema,
    })
    .partial()
    .superRefine((ip, ctx) => {
      for (const subset of ["highValueClassI", "selfDevelopedClassI"] as const) {
        const n = ip[subset];
        if (n !== undefined && ip.classI !== undefined && n > ip.classI) {
          ctx.addIssue(customIssue("ip-subset-exceeds-class-i", [subset]));
        }
      }
    })
    .optional(),
  market: z
    .strictObject({
      nicheSince: yearSchema,
      nationalSharePercent: percentSchema,
      nationalRank: rankSchema,
      provincialRank: rankSchema,
    })
    .partial()
    .optional(),
  leadingProduct: z
    .strictObject({
      strategicEmergingIndustry: z.boolean(),
      keyChainLink: z.enum(KEY_CHAIN_LINKS),
      industrialFoundation: z.boolean(),
      tenKeyIndustries: z.boolean(),
      networkPowerField: z.boolean(),
      timeHonouredBrand: z.boolean(),
      chainLeaderSupplier: z.boolean(),
    })
    .partial()
    .optional(),
  digital: z
    .strictObject({
      /** Level from the SME digital-transformation self-assessment on the platform (1–4). */
      level: z
        .number({ error: issueEn("not-a-digital-level") })
        .int()
        .min(1)
        .max(4),
      rdDesignOnSystems: z.boolean(),
      manufacturingOnSystems: z.boolean(),
      supplyChainOnSystems: z.boolean(),
    })
    .partial()
    .optional(),
  quality: z
    .strictObject({
      provincialQualityAward: z.boolean(),
      managementSystemCertification: z.boolean(),
      developedEconomyProductCertification: z.boolean(),
      ownBrand: z.boolean(),
      draftedStandard: z.boolean(),
    })
    .partial()
    .optional(),
  awards: z
    .strictObject({
      scienceTech: z.array(scienceTechAwardSchema).max(100),
      makerChinaTop500: z.boolean(),
      makerChinaTop500Year: yearSchema,
    })
    .partial()
    .optional(),
  rdInstitution: z
    .strictObject({
      level: z.enum(RD_INSTITUTION_LEVELS),
      mode: z.enum(RD_INSTITUTION_MODES),
    })
    .partial()
    .optional(),
  /** Answers to a provincial programme's own indicators, keyed as its rule set declares them. */
  regional: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, { error: issueEn("indicator-key-format") }),
      z.union([
        z.boolean(),
        z
          .number()
          .min(-1e9)
          .max(1e9)
          .refine((v) => hasAtMostDecimals(v, 2), { error: issueEn("indicator-decimals"), params: { issue: "indicator-decimals" } }),
      ]),
    )
    .optional(),
});

export type Facts = z.infer<typeof factsSchema>;
export type FinancialYear = z.infer<typeof financialYearSchema>;
export type ScienceTechAward = z.infer<typeof scienceTechAwardSchema>;
export type SmeSize = (typeof SME_SIZES)[number];
export type KeyChainLink = (typeof KEY_CHAIN_LINKS)[number];
export type RdInstitutionLevel = (typeof RD_INSTITUTION_LEVELS)[number];
