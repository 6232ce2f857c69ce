import { chinaDate } from "@/lib/calendar/today";
import { zodFieldErrors } from "@/lib/actions/zod-field-errors";
import { registerCsvStream, registerXlsxStream } from "@/lib/services/register/export-register";
import { parseRegisterQuery } from "@/lib/domain/register/register-query";

/**
 * GET /api/v1/register/export?format=csv|xlsx&<search parameters>
 * Every row of a register search, streamed page by page (150,000 rows never sit in memory).
 * Column headers follow `lang` (zh, en) or the browser's language.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const format = url.searchParams.get("format") ?? "csv";
  const params = new URLSearchParams(url.searchParams);
  params.delete("format");
  params.delete("lang");
  const parsed = parseRegisterQuery(params);
  if (!parsed.success || (format !== "csv" && format !== "xlsx")) {
    return Response.json(
      {
        error: {
          code: "invalid-query",
          message: { zh: "查询参数有误。", en: "Some query parameters are not valid." },
          fields: parsed.success ? { format: ["csv | xlsx"] } : zodFieldErrors(parsed.error),
        },
      },
      { status: 400 },
    );
  }
  const lang = url.searchParams.get("lang") ?? (request.headers.get("accept-language")?.toLowerCase().startsWith("en") ? "en" : "zh");
  const locale = lang === "en" ? "en" : "zh";
  const stamp = chinaDate();
  const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="register-${stamp}.${format}"` };
  if (format === "xlsx") {
    return new Response(registerXlsxStream(parsed.data, locale), {
      headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    });
  }
  return new Response(registerCsvStream(parsed.data, locale), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
}
