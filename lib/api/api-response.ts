import type { ApiError, ApiErrorCode, InvalidField } from "./eligibility-contract";

/**
 * The public API is read by other systems from other sites: answers are JSON, never cached
 * (they depend on the rule set in force today), and open to cross-origin callers — no cookie is
 * read, so there is nothing for another site to ride on.
 */
export const API_HEADERS = {
  "Cache-Control": "no-store",
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept",
} as const;

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: API_HEADERS });
}

const MESSAGES: Record<ApiErrorCode, { zh: string; en: string }> = {
  "invalid-json": { zh: "请求内容不是有效的 JSON。", en: "The request body is not valid JSON." },
  "invalid-facts": { zh: "部分数据不符合要求，请按字段说明修改。", en: "Some facts are not valid; see the issues for each field." },
  "payload-too-large": { zh: "请求内容过大（上限 256 KB）。", en: "The request body is too large (limit 256 KB)." },
  "not-found": { zh: "申报项目不存在。", en: "No programme has this code." },
  "rule-set-unavailable": { zh: "该项目的规则集尚未发布或未生效。", en: "The programme's rule set is not published or not yet in force." },
};

const STATUS: Record<ApiErrorCode, number> = {
  "invalid-json": 400,
  "invalid-facts": 400,
  "payload-too-large": 413,
  "not-found": 404,
  "rule-set-unavailable": 409,
};

export function apiError(code: ApiErrorCode, issues?: InvalidField[]): Response {
  const body: ApiError = { error: { code, message: MESSAGES[code], ...(issues ? { issues } : {}) } };
  return apiJson(body, STATUS[code]);
}
