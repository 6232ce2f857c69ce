import { zodFieldErrors } from "@/lib/actions/zod-field-errors";
import { parseRegisterQuery } from "@/lib/domain/register/register-query";
import { searchRegister } from "@/lib/services/register/search-register";

const HEADERS = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } as const;

/**
 * GET /api/v1/register?q=&tier=&province=&city=&industry=&batch=&year=&status=&sort=&dir=&page=&pageSize=
 * The public register as JSON: the same parameters as the /register page.
 */
export async function GET(request: Request) {
  const parsed = parseRegisterQuery(new URL(request.url).searchParams);
  if (!parsed.success) {
    return Response.json(
      { error: { code: "invalid-query", message: { zh: "查询参数有误。", en: "Some query parameters are not valid." }, fields: zodFieldErrors(parsed.error) } },
      { status: 400, headers: HEADERS },
    );
  }
  const page = await searchRegister(parsed.data);
  return Response.json(page, { headers: HEADERS });
}
