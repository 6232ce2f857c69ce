import { API_HEADERS } from "@/lib/api/api-response";
import { openApiDocument } from "@/lib/api/openapi-document";

// The document depends only on the code, so it is built once per process.
let cached: string | null = null;

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API. */
export function GET() {
  cached ??= JSON.stringify(openApiDocument());
  return new Response(cached, { headers: { ...API_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
