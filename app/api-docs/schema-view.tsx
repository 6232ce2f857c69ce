type Schema = Record<string, unknown>;

const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** The words of a type label in the reader's language ("array of …", "数组：…"). */
export interface TypeWords {
  arrayOf: (type: string) => string;
  mapOf: (keys: string, type: string) => string;
}

const ENGLISH: TypeWords = { arrayOf: (type) => `array of ${type}`, mapOf: (keys, type) => `map ${keys} → ${type}` };

/** A one-line type for a JSON Schema node: "string", "integer ≥ 0", "Facts", "array of CriterionResult"… */
export function typeLabel(schema: Schema, words: TypeWords = ENGLISH): string {
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union) return union.map((s) => typeLabel(s, words)).join(" | ");
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.type === "array") return words.arrayOf(typeLabel((schema.items as Schema | undefined) ?? {}, words));
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties) {
    const keys = schema.propertyNames as Schema | undefined;
    return words.mapOf(keys?.pattern ? `(${String(keys.pattern)})` : "", typeLabel(schema.additionalProperties as Schema, words));
  }
  const parts = [String(schema.type ?? "any")];
  if (typeof schema.format === "string") parts.push(`(${schema.format})`);
  if (typeof schema.minimum === "number") parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === "number") parts.push(`≤ ${schema.maximum}`);
  if (typeof schema.pattern === "string" && !schema.format) parts.push(`/${schema.pattern}/`);
  return parts.join(" ");
}

export function nestedObject(schema: Schema): Schema | null {
  if (schema.type === "object" && schema.properties) return schema;
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object")
    return nestedObject(schema.additionalProperties as Schema);
  if (schema.type === "array" && schema.items) return nestedObject(schema.items as Schema);
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  return union?.map(nestedObject).find((s) => s !== null) ?? null;
}

/** The properties of an object schema as a table, nested objects as tables inside their row. */
export interface ColumnLabels {
  name: string;
  type: string;
  description: string;
  required: string;
}

interface SchemaViewProps {
  schema: Schema;
  caption: string;
  labels: ColumnLabels;
  words: TypeWords;
  /** The reader's text for the description of the property at this path (doc-texts.ts). */
  describe: (path: string[]) => string;
  path?: string[];
  depth?: number;
}

export function SchemaView({ schema, caption, labels, words, describe, path = [], depth = 0 }: SchemaViewProps) {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className={depth === 0 ? "py-1 text-left font-semibold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-xs text-slate-700">
          <th scope="col" className="py-1 pr-2">
            {labels.name}
          </th>
          <th scope="col" className="py-1 pr-2">
            {labels.type}
          </th>
          <th scope="col" className="py-1">
            {labels.description}
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(properties).map(([name, property]) => {
          const nested = depth < 3 ? nestedObject(property) : null;
          return (
            <tr key={name} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-2 font-mono text-xs font-normal">
                <code>{name}</code>
                {required.has(name) && (
                  <span className="text-red-700" title={labels.required}>
                    {" "}
                    *<span className="sr-only">{labels.required}</span>
                  </span>
                )}
              </th>
              <td className="py-1 pr-2 font-mono text-xs">
                <code>{typeLabel(property, words)}</code>
              </td>
              <td className="py-1">
                {typeof property.description === "string" && <p>{describe([...path, name])}</p>}
                {nested && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-brand-700">
                      <code>{name}</code>
                    </summary>
                    <div className="pl-3">
                      <SchemaView schema={nested} caption={name} labels={labels} words={words} describe={describe} path={[...path, name]} depth={depth + 1} />
                    </div>
                  </details>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
