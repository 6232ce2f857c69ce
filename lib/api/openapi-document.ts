import { z } from "zod";
import { factsSchema } from "@/lib/rules";
import { apiErrorSchema, invalidFieldSchema, MAX_BODY_BYTES, programmeSummarySchema, ruleSetRefSchema } from "./eligibility-contract";
import { criterionResultSchema, evaluationResultSchema } from "./evaluation-result-schema";

/**
 * The OpenAPI 3.1 description of the public API. Schemas are generated from the same zod schemas
 * the route validates with (z.toJSONSchema; OpenAPI 3.1 uses JSON Schema 2020-12), so the document
 * cannot promise a field the route would refuse. Only the paths and prose are written here.
 */

type JsonSchema = Record<string, unknown>;

const eligibilityResponseSchema = z.object({ programme: programmeSummarySchema, ruleSet: ruleSetRefSchema, evaluation: evaluationResultSchema });

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  registry.add(factsSchema, { id: "Facts" });
  registry.add(evaluationResultSchema, { id: "EvaluationResult" });
  registry.add(criterionResultSchema, { id: "CriterionResult" });
  registry.add(eligibilityResponseSchema, { id: "EligibilityResponse" });
  registry.add(programmeSummarySchema, { id: "Programme" });
  registry.add(ruleSetRefSchema, { id: "RuleSetRef" });
  registry.add(invalidFieldSchema, { id: "InvalidField" });
  registry.add(apiErrorSchema, { id: "ApiError" });
  // Facts are described as the route accepts them (input); results as the route writes them.
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, io: "input", unrepresentable: "any" });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: JsonSchema, description: string, example?: unknown) => ({
  description,
  content: { "application/json": { schema, ...(example !== undefined ? { example } : {}) } },
});

export const EXAMPLE_FACTS = {
  compliance: {
    independentLegalPerson: true,
    smeSize: "small",
    onAbnormalOperationsList: false,
    onSeriousDishonestyList: false,
    bannedOrPhaseOutProducts: false,
    majorAccidentLast3Years: false,
    taxEvasionLast3Years: false,
  },
  financials: {
    "2025": {
      revenue: 52_000_000,
      mainBusinessRevenue: 48_000_000,
      rdExpense: 2_600_000,
      netProfit: 3_100_000,
      totalAssets: 40_000_000,
      totalLiabilities: 18_000_000,
      employees: 180,
      rdStaff: 36,
    },
    "2024": {
      revenue: 45_000_000,
      mainBusinessRevenue: 42_000_000,
      rdExpense: 2_100_000,
      netProfit: 2_500_000,
      totalAssets: 36_000_000,
      totalLiabilities: 17_000_000,
      employees: 170,
      rdStaff: 30,
    },
  },
  ip: { classI: 3, classII: 12 },
} as const;

export function openApiDocument(serverUrl = "/"): JsonSchema {
  return {
    openapi: "3.1.1",
    info: {
      title: "SME Registry public API · 优质中小企业梯度培育平台开放接口",
      version: "1.0.0",
      description:
        "Check a firm's figures against a programme's eligibility rules (innovative SME, specialized SME, national little giant). " +
        "Anonymous and stateless: nothing is stored. The rule set is the revision a new application would be judged by today (Beijing date).\n\n" +
        "按申报项目的认定规则评估企业数据（创新型中小企业、专精特新中小企业、专精特新“小巨人”企业）。无需登录，不保存任何数据；按当日（北京时间）新申报适用的规则集评估。",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/eligibility/{programmeCode}": {
        post: {
          operationId: "evaluateEligibility",
          summary: "Evaluate facts against a programme's rule set · 评估是否符合申报条件",
          description: `Every fact is optional: missing facts make criteria "unknown" and the outcome "incomplete" only when they could change it. Unknown keys are refused. Bodies over ${MAX_BODY_BYTES / 1024} KB are refused with 413.`,
          parameters: [
            {
              name: "programmeCode",
              in: "path",
              required: true,
              description: 'Code of the programme, e.g. "little-giant-2026" or "specialized-350000-2026".',
              schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,79}$" },
            },
          ],
          requestBody: {
            required: true,
            ...json(ref("Facts"), "The firm's facts. Amounts in yuan (at most 2 decimals); financial years keyed by the four-digit year.", EXAMPLE_FACTS),
          },
          responses: {
            "200": json(ref("EligibilityResponse"), "The evaluation, with every criterion explained in Chinese and English."),
            "400": json(
              ref("ApiError"),
              "The body is not JSON (invalid-json), or some facts are invalid (invalid-facts, with every field's path and message).",
            ),
            "404": json(ref("ApiError"), "No programme has this code."),
            "409": json(ref("ApiError"), "The programme's rule set is not published or not in force yet."),
            "413": json(ref("ApiError"), `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApiDocument",
          summary: "This document · 本接口说明",
          responses: { "200": { description: "OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
