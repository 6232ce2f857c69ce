import { z } from "zod";
import type { EvaluationResult } from "@/lib/rules";
import { TIERS } from "@/lib/domain/tier";

/**
 * The wire format of POST /api/v1/eligibility/{programmeCode}: shared by the route handler, the
 * browser panel that calls it, and the OpenAPI document (which is generated from these schemas).
 */

const bilingual = z.object({ zh: z.string(), en: z.string() }).describe("The same text in Chinese and English.");

export const invalidFieldSchema = z.object({
  path: z
    .string()
    .meta({ description: 'Dotted path of the field, e.g. "financials.2025.revenue" ("" for the body itself).', example: "financials.2025.revenue" }),
  message: z.string().meta({ description: "What is wrong, in English." }),
  messageZh: z.string().meta({ description: "The same in Chinese." }),
  code: z.string().meta({ description: "Zod issue code, e.g. invalid_type, too_small, custom." }),
});
export type InvalidField = z.infer<typeof invalidFieldSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(["invalid-json", "invalid-facts", "payload-too-large", "not-found", "rule-set-unavailable"]),
    message: bilingual,
    issues: z.array(invalidFieldSchema).optional().meta({ description: "Every invalid field (invalid-facts only)." }),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
export type ApiErrorCode = ApiError["error"]["code"];

export const programmeSummarySchema = z.object({
  code: z.string(),
  name: bilingual,
  tier: z.enum(TIERS),
  year: z.int(),
  region: z.string().nullable().meta({ description: "Province code (GB/T 2260) or null for a national programme." }),
});

export const ruleSetRefSchema = z.object({
  code: z.string(),
  revision: z.int().meta({ description: "Published revision of the rule-set code; a new revision applies to new applications only." }),
  version: z.string().meta({ description: 'The edition the rule set declares, e.g. "2022".' }),
  effectiveFrom: z.string().nullable(),
});

export interface EligibilityResponse {
  programme: z.infer<typeof programmeSummarySchema>;
  ruleSet: z.infer<typeof ruleSetRefSchema>;
  evaluation: EvaluationResult;
}

/** 256 KB: a full application's facts are a few KB; anything bigger is a mistake or abuse. */
export const MAX_BODY_BYTES = 256 * 1024;
