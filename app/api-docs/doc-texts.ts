import { nestedObject } from "./schema-view";

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: { name: string; description?: string }[];
  requestBody?: { description?: string };
  responses: Record<string, { description: string }>;
}

/** One piece of prose of the OpenAPI document, by the message key the page shows it under. */
export interface DocText {
  key: string;
  en: string;
}

// A few summaries carry their Chinese after a " · "; the English entry is the part before it.
const english = (text: string) => text.replace(/ · [^·]*[\u4e00-\u9fff][^·]*$/, "");

export const operationKey = (operationId: string, part: string) => `op_${operationId}_${part}`;
export const propertyKey = (schemaName: string, path: readonly string[]) => `schema_${schemaName}_${path.join("_")}`;

/** The property descriptions the page shows for one schema: the same walk as SchemaView's. */
function propertyTexts(schemaName: string, schema: Schema, path: string[] = [], depth = 0): DocText[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  return Object.entries(properties).flatMap(([name, property]) => {
    const here = [...path, name];
    const own = typeof property.description === "string" ? [{ key: propertyKey(schemaName, here), en: property.description }] : [];
    const nested = depth < 3 ? nestedObject(property) : null;
    return nested ? [...own, ...propertyTexts(schemaName, nested, here, depth + 1)] : own;
  });
}

/**
 * Every text of the document the page shows a person. The document itself is written in English
 * for machines; the page shows these texts from the message catalogue in the reader's language
 * (eligibility.apiDocs.doc), and a unit test keeps the English entries equal to the document.
 */
export function docTexts(doc: Record<string, unknown>): DocText[] {
  const paths = doc.paths as Record<string, Record<string, Operation>>;
  const schemas = (doc.components as { schemas: Record<string, Schema> }).schemas;
  const operations = Object.values(paths).flatMap((methods) => Object.values(methods));
  return [
    ...operations.flatMap((op) => [
      { key: operationKey(op.operationId, "summary"), en: english(op.summary) },
      ...(op.description ? [{ key: operationKey(op.operationId, "description"), en: op.description }] : []),
      ...(op.parameters ?? []).flatMap((p) => (p.description ? [{ key: operationKey(op.operationId, `param_${p.name}`), en: p.description }] : [])),
      ...(op.requestBody?.description ? [{ key: operationKey(op.operationId, "requestBody"), en: op.requestBody.description }] : []),
      ...Object.entries(op.responses).map(([status, r]) => ({ key: operationKey(op.operationId, `response_${status}`), en: r.description })),
    ]),
    ...Object.entries(schemas).flatMap(([name, schema]) => [
      ...(typeof schema.description === "string" ? [{ key: `schema_${name}`, en: schema.description }] : []),
      ...propertyTexts(name, schema),
    ]),
  ];
}
