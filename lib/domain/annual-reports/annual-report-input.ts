import { z } from "zod";
import { factsSchema, type Facts, SME_SIZES } from "@/lib/rules";

/**
 * The annual data form: last year's operating figures (the fact fields of lib/rules/fact-fields
 * for one year), the firm's size and its declarations. Issue messages are codes the form puts in
 * words ("required", "invalid", "negative", "decimals", "exceedsRevenue", "exceedsEmployees").
 */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const yuan = (signed = false) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "required" })
      .refine(Number.isFinite, { error: "invalid" })
      .refine((v) => signed || v >= 0, { error: "negative" })
      .refine((v) => Math.abs(v) <= 10_000_000_000_000, { error: "invalid" })
      .refine((v) => Math.round(v * 100) === v * 100, { error: "decimals" }),
  );
const count = z.preprocess(
  blankToUndefined,
  z.coerce.number({ error: "required" }).int({ error: "invalid" }).min(0, { error: "negative" }).max(10_000_000, { error: "invalid" }),
);

export const ANNUAL_FIGURES = ["revenue", "mainBusinessRevenue", "rdExpense", "netProfit", "totalAssets", "totalLiabilities", "employees", "rdStaff"] as const;
export const ANNUAL_DECLARATIONS = [
  "onAbnormalOperationsList",
  "onSeriousDishonestyList",
  "bannedOrPhaseOutProducts",
  "majorAccidentLast3Years",
  "taxEvasionLast3Years",
] as const;

export const annualReportInputSchema = z
  .object({
    recognitionId: z.string().uuid({ error: "invalid" }),
    dataYear: z.coerce.number({ error: "required" }).int({ error: "invalid" }).min(2000, { error: "invalid" }).max(2100, { error: "invalid" }),
    revenue: yuan(),
    mainBusinessRevenue: yuan(),
    rdExpense: yuan(),
    netProfit: yuan(true),
    totalAssets: yuan(),
    totalLiabilities: yuan(),
    employees: count,
    rdStaff: count,
    classI: z.preprocess(blankToUndefined, count.optional()),
    classII: z.preprocess(blankToUndefined, count.optional()),
    smeSize: z.enum(SME_SIZES, { error: "required" }),
    onAbnormalOperationsList: checkbox,
    onSeriousDishonestyList: checkbox,
    bannedOrPhaseOutProducts: checkbox,
    majorAccidentLast3Years: checkbox,
    taxEvasionLast3Years: checkbox,
  })
  .superRefine((value, ctx) => {
    if (value.mainBusinessRevenue > value.revenue) ctx.addIssue({ code: "custom", path: ["mainBusinessRevenue"], message: "exceedsRevenue" });
    if (value.rdStaff > value.employees) ctx.addIssue({ code: "custom", path: ["rdStaff"], message: "exceedsEmployees" });
  });
export type AnnualReportInput = z.infer<typeof annualReportInputSchema>;

/** The form's figures as facts of the engine, checked once more by the engine's own schema. */
export function annualReportFacts(input: AnnualReportInput): Facts {
  const facts: Facts = {
    compliance: {
      independentLegalPerson: true,
      smeSize: input.smeSize,
      onAbnormalOperationsList: input.onAbnormalOperationsList,
      onSeriousDishonestyList: input.onSeriousDishonestyList,
      bannedOrPhaseOutProducts: input.bannedOrPhaseOutProducts,
      majorAccidentLast3Years: input.majorAccidentLast3Years,
      taxEvasionLast3Years: input.taxEvasionLast3Years,
    },
    financials: {
      [String(input.dataYear)]: {
        revenue: input.revenue,
        mainBusinessRevenue: input.mainBusinessRevenue,
        rdExpense: input.rdExpense,
        netProfit: input.netProfit,
        totalAssets: input.totalAssets,
        totalLiabilities: input.totalLiabilities,
        employees: input.employees,
        rdStaff: input.rdStaff,
      },
    },
    ...(input.classI !== undefined || input.classII !== undefined
      ? { ip: { ...(input.classI !== undefined ? { classI: input.classI } : {}), ...(input.classII !== undefined ? { classII: input.classII } : {}) } }
      : {}),
  };
  return factsSchema.parse(facts);
}
