import { API_HEADERS, apiError, apiJson } from "@/lib/api/api-response";
import { MAX_BODY_BYTES } from "@/lib/api/eligibility-contract";
import { issuesOf } from "@/lib/api/invalid-fields";
import { readJsonBody } from "@/lib/api/read-json-body";
import { DomainError } from "@/lib/errors/domain-error";
import { factsSchema } from "@/lib/rules";
import { evaluateForProgramme } from "@/lib/services/rule-sets/evaluate-for-programme";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/eligibility/{programmeCode}: a firm's facts in, the evaluation by the rule set a
 * new application would get today out. Public and stateless (nothing is stored); described in
 * GET /api/v1/openapi.json.
 */
export async function POST(request: Request, { params }: { params: Promise<{ programmeCode: string }> }) {
  const { programmeCode } = await params;
  // The body is judged by what it is, not by its declared type: curl -d labels JSON as a form.
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return apiError(body.reason === "too-large" ? "payload-too-large" : "invalid-json");
  const facts = factsSchema.safeParse(body.value);
  if (!facts.success) return apiError("invalid-facts", issuesOf(facts.error));
  try {
    return apiJson(await evaluateForProgramme(programmeCode, facts.data));
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not-found") return apiError("not-found");
    if (error instanceof DomainError && error.kind === "conflict") return apiError("rule-set-unavailable");
    throw error;
  }
}

/** CORS preflight for browsers on other sites. */
export function OPTIONS() {
  return new Response(null, { status: 204, headers: { ...API_HEADERS, "Access-Control-Max-Age": "86400" } });
}
