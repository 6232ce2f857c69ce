type Schema = Record<string, unknown>;

const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** A one-line type for a JSON Schema node: "string", "integer ≥ 0", "Facts", "array of CriterionResult"… */
export function typeLabel(schema: Schema): string {
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (union) return union.map(typeLabel).join(" | ");
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.type === "array") return `array of ${typeLabel((schema.items as Schema | undefined) ?? {})}`;
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties) {
    const keys = schema.propertyNames as Schema | undefined;
    return `map ${keys?.pattern ? `(${String(keys.pattern)})` : ""} → ${typeLabel(schema.additionalProperties as Schema)}`;
  }
  const parts = [String(schema.type ?? "any")];
  if (typeof schema.format === "string") parts.push(`(${schema.format})`);
  if (typeof schema.minimum === "number") parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === "number") parts.push(`≤ ${schema.maximum}`);
  if (typeof schema.pattern === "string" && !schema.format) parts.push(`/${schema.pattern}/`);
  return parts.join(" ");
}

function nestedObject(schema: Schema): Schema | null {
  if (schema.type === "object" && schema.properties) return schema;
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") return nestedObject(schema.additionalProperties as Schema);
  if (schema.type === "array" && schema.items) return nestedObject(schema.items as Schema);
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  return union?.map(nestedObject).find((s) => s !== null) ?? null;
}

/** The properties of an object schema as a table, nested objects as tables inside their row. */
export interface ColumnLabels {
  name: string;
  type: string;
  description: string;
}

export function SchemaView({ schema, caption, labels, depth = 0 }: { schema: Schema; caption: string; labels: ColumnLabels; depth?: number }) {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className={depth === 0 ? "py-1 text-left font-semibold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-xs text-slate-700">
          <th scope="col" className="py-1 pr-2">{labels.name}</th>
          <th scope="col" className="py-1 pr-2">{labels.type}</th>
          <th scope="col" className="py-1">{labels.description}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(properties).map(([name, property]) => {
          const nested = depth < 3 ? nestedObject(property) : null;
          return (
            <tr key={name} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-2 font-mono text-xs font-normal">
                {name}
                {required.has(name) && <span className="text-red-700"> *</span>}
              </th>
              <td className="py-1 pr-2 font-mono text-xs">{typeLabel(property)}</td>
              <td className="py-1">
                {typeof property.description === "string" && <p>{property.description}</p>}
                {nested && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-brand-700">{name}</summary>
                    <div className="pl-3">
                      <SchemaView schema={nested} caption={name} labels={labels} depth={depth + 1} />
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
