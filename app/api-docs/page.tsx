import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { EXAMPLE_FACTS, openApiDocument } from "@/lib/api/openapi-document";
import { chinaDate } from "@/lib/calendar/today";
import { listOpenProgrammes } from "@/lib/services/rule-sets/open-programmes";
import { operationKey, propertyKey } from "./doc-texts";
import { SchemaView, typeLabel, type TypeWords } from "./schema-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("eligibility.apiDocs");
  return { title: t("title") };
}

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: { name: string; in: string; description?: string; schema: Schema }[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}

/**
 * The open API described for people, rendered on the server from the same OpenAPI document
 * machines read at /api/v1/openapi.json (no third-party viewer or CDN script).
 */
export default async function ApiDocsPage() {
  const [t, requestHeaders, programmes] = await Promise.all([getTranslations("eligibility.apiDocs"), headers(), listOpenProgrammes(chinaDate())]);
  const doc = openApiDocument();
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const schemas = (doc.components as { schemas: Record<string, Schema> }).schemas;
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${host}`;
  // The document's prose is English for machines; people read it from the catalogue (doc-texts.ts).
  // Raw, because these texts quote syntax such as "direct:<route id>" that is not a message format.
  const text = (key: string) => t.raw(`doc.${key}`) as string;
  const op = (operationId: string, part: string) => text(operationKey(operationId, part));
  const words: TypeWords = { arrayOf: (type) => t("arrayOf", { type }), mapOf: (keys, type) => t("mapOf", { keys, type }) };
  const example = programmes.find((p) => p.tier === "little-giant")?.code ?? programmes[0]?.code ?? "little-giant-2026";
  const curl = `curl -sS -X POST ${origin}/api/v1/eligibility/${example} \\\n  -H 'Content-Type: application/json' \\\n  -d '${JSON.stringify(EXAMPLE_FACTS)}'`;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead")}</p>
        <p className="text-sm">
          {t("machineReadable")}{" "}
          <a href="/api/v1/openapi.json" className="font-mono text-brand-700 underline">
            /api/v1/openapi.json
          </a>{" "}
          ({t("openApi", { version: String(doc.openapi) })})
        </p>
      </header>

      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-xl font-semibold">
          {t("endpoints")}
        </h2>
        {Object.entries(paths).flatMap(([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => (
            <article key={`${method} ${path}`} className="space-y-2 rounded border border-slate-200 p-4" aria-labelledby={operation.operationId}>
              <h3 id={operation.operationId} className="font-mono text-base font-semibold">
                <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white uppercase">{method}</span>
                <code>{path}</code>
              </h3>
              <p>{op(operation.operationId, "summary")}</p>
              {operation.description && <p className="text-sm text-slate-700">{op(operation.operationId, "description")}</p>}
              {operation.parameters && operation.parameters.length > 0 && (
                <ul className="text-sm">
                  {operation.parameters.map((p) => (
                    <li key={p.name}>
                      <code className="font-mono">{p.name}</code> (<code>{p.in}</code>, <code>{typeLabel(p.schema, words)}</code>):{" "}
                      {p.description ? op(operation.operationId, `param_${p.name}`) : null}
                    </li>
                  ))}
                </ul>
              )}
              <table className="w-full border-collapse text-left text-sm">
                <caption className="py-1 text-left font-medium">{t("responses")}</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-xs text-slate-700">
                    <th scope="col" className="py-1 pr-2">
                      {t("status")}
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      {t("body")}
                    </th>
                    <th scope="col" className="py-1">
                      {t("meaning")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(operation.responses).map(([status, response]) => (
                    <tr key={status} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-1 pr-2 font-mono font-normal">
                        {status}
                      </th>
                      <td className="py-1 pr-2 font-mono text-xs">
                        {response.content ? <code>{typeLabel(response.content["application/json"]!.schema, words)}</code> : "—"}
                      </td>
                      <td className="py-1">{op(operation.operationId, `response_${status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </article>
          )),
        )}
      </section>

      <section aria-labelledby="example" className="space-y-2">
        <h2 id="example" className="text-xl font-semibold">
          {t("example")}
        </h2>
        <p className="text-sm text-slate-700">{t("exampleLead")}</p>
        {/* Focusable so the example can be scrolled sideways from the keyboard. */}
        <pre tabIndex={0} aria-labelledby="example" className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100" data-testid="curl-example">
          <code>{curl}</code>
        </pre>
        <p className="text-sm text-slate-700">{t("errorsLead")}</p>
        <pre className="overflow-x-auto rounded bg-slate-100 p-3 text-xs">
          <code>
            {JSON.stringify(
              {
                error: {
                  code: "invalid-facts",
                  message: { zh: "…", en: "…" },
                  issues: [{ path: "financials.2025.revenue", message: "Amounts cannot be negative", messageZh: "金额不能为负数", code: "too_small" }],
                },
              },
              null,
              2,
            )}
          </code>
        </pre>
      </section>

      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">
          {t("schemas")}
        </h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <div key={name} id={`schema-${name}`} className="space-y-1 overflow-x-auto rounded border border-slate-200 p-3">
            <h3 className="font-mono font-semibold">
              <code>{name}</code>
            </h3>
            {typeof schema.description === "string" && <p className="text-sm">{text(`schema_${name}`)}</p>}
            <SchemaView
              schema={schema}
              caption={name}
              labels={{ name: t("columnName"), type: t("columnType"), description: t("columnDescription"), required: t("required") }}
              words={words}
              describe={(path) => text(propertyKey(name, path))}
            />
          </div>
        ))}
      </section>
    </div>
  );
}
