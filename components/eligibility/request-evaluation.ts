import type { ApiError, EligibilityResponse } from "@/lib/api/eligibility-contract";

export type EvaluationAnswer = { ok: true; data: EligibilityResponse } | { ok: false; status: number; error: ApiError["error"] | null };

/** Calls the public eligibility API from the browser; the same route other systems use. */
export async function requestEvaluation(programmeCode: string, facts: unknown, signal: AbortSignal): Promise<EvaluationAnswer> {
  const response = await fetch(`/api/v1/eligibility/${encodeURIComponent(programmeCode)}`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(facts ?? {}),
    signal,
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: body as EligibilityResponse };
  const error = body && typeof body === "object" && "error" in body ? (body as ApiError).error : null;
  return { ok: false, status: response.status, error };
}
