import { ROLES, type Role } from "@/lib/auth/roles";

/**
 * The documented answer of every route handler (app/**\/route.ts) and HTTP method it exports.
 * Each entry names who may use it and a probe request that is junk for that route, so getting
 * past the gate changes nothing. A route or method missing from this table fails the
 * authorization suite (api-routes-authorization.spec.ts), so a new one cannot be forgotten.
 *
 * `expect`: the status for a caller without a session, for a signed-in role outside `access`,
 * and for a role inside it; a public route answers everyone alike. Routes that read one record
 * answer 404 to anyone who may not see it, so that ids cannot be probed (outsider: 404).
 */
export interface RouteProbe {
  access: "public" | readonly Role[];
  request: { path: string; form?: Record<string, string>; body?: string; headers?: Record<string, string> };
  expect: { anonymous: number; outsider?: number; insider?: number };
}

const PLACEHOLDER = "00000000-0000-4000-8000-000000000000";

export const ROUTE_ACCESS: Record<string, RouteProbe> = {
  "GET /api/health": { access: "public", request: { path: "/api/health" }, expect: { anonymous: 200 } },
  "GET /api/v1/openapi.json": { access: "public", request: { path: "/api/v1/openapi.json" }, expect: { anonymous: 200 } },
  "POST /api/v1/eligibility/[programmeCode]": {
    access: "public",
    request: { path: "/api/v1/eligibility/no-such-programme", body: "{not json", headers: { "content-type": "application/json" } },
    expect: { anonymous: 400 },
  },
  "OPTIONS /api/v1/eligibility/[programmeCode]": { access: "public", request: { path: "/api/v1/eligibility/no-such-programme" }, expect: { anonymous: 204 } },
  "GET /api/v1/register": { access: "public", request: { path: "/api/v1/register?pageSize=7&tier=<script>" }, expect: { anonymous: 400 } },
  "GET /api/v1/register/export": { access: "public", request: { path: "/api/v1/register/export?format=../../etc/passwd" }, expect: { anonymous: 400 } },
  "GET /api/certificates/[recognitionId]": { access: "public", request: { path: "/api/certificates/'%20OR%201=1" }, expect: { anonymous: 404 } },
  "GET /api/auth/[...nextauth]": { access: "public", request: { path: "/api/auth/providers" }, expect: { anonymous: 200 } },
  // Without next-auth's CSRF token the sign-in endpoint turns the request back to the sign-in page.
  "POST /api/auth/[...nextauth]": {
    access: "public",
    request: { path: "/api/auth/callback/credentials", form: { email: "' OR 1=1 --", password: "x" } },
    expect: { anonymous: 302 },
  },
  "POST /notices/[batchId]/objections": {
    access: "public",
    request: { path: `/notices/${PLACEHOLDER}/objections`, form: { reason: "<script>alert(1)</script>" } },
    expect: { anonymous: 400 },
  },
  // Without a contact the look-up is refused before it is counted against the client's hourly limit.
  "POST /notices/objections/status/lookup": {
    access: "public",
    request: { path: "/notices/objections/status/lookup", form: { reference: "' OR 1=1 --" } },
    expect: { anonymous: 400 },
  },
  "POST /api/documents": {
    access: ["company"],
    request: { path: "/api/documents", form: { applicationId: "../../etc/passwd", section: "x" } },
    expect: { anonymous: 401, outsider: 403, insider: 400 },
  },
  // A change report's evidence: a form without a file is refused before anything is stored.
  "POST /api/change-reports/evidence": {
    access: ["company"],
    request: { path: "/api/change-reports/evidence", form: { file: "../../etc/passwd" } },
    expect: { anonymous: 401, outsider: 403, insider: 400 },
  },
  "GET /api/documents/[id]": { access: ROLES, request: { path: `/api/documents/${PLACEHOLDER}` }, expect: { anonymous: 401, insider: 404 } },
  "GET /staff/batches/[batchId]/evidence/[documentId]": {
    access: ["provincial", "ministry"],
    request: { path: `/staff/batches/${PLACEHOLDER}/evidence/${PLACEHOLDER}` },
    expect: { anonymous: 401, outsider: 404, insider: 404 },
  },
  "POST /admin/imports/run": {
    access: ["administrator"],
    request: { path: "/admin/imports/run", form: { mode: "commit" } },
    expect: { anonymous: 401, outsider: 403, insider: 400 },
  },
  // A claim's proof, uploaded before the claimant has an account: a form without a file is refused before it is counted or stored.
  "POST /claim/proof": { access: "public", request: { path: "/claim/proof", form: { file: "../../etc/passwd" } }, expect: { anonymous: 400 } },
  "GET /staff/claims/[id]/proof": {
    access: ["municipal", "provincial"],
    request: { path: `/staff/claims/${PLACEHOLDER}/proof` },
    expect: { anonymous: 401, outsider: 403, insider: 404 },
  },
};

/** The status this table documents for one caller (null: no session). */
export function documentedStatus(probe: RouteProbe, role: Role | null): number {
  if (probe.access === "public" || role === null) return probe.expect.anonymous;
  return (probe.access.includes(role) ? probe.expect.insider : probe.expect.outsider) ?? Number.NaN;
}
