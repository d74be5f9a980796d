import type { JsonSchema } from "./json-schema";

/** Plain-text summaries of JSON Schemas for the human-readable API page (no HTML: React escapes them). */
export interface FieldRow {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

export function describeType(schema: JsonSchema | undefined): string {
  if (!schema) return "any";
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(union)) return [...new Set(union.map(describeType))].join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type as string | undefined);
  if (type === "array") return `${describeType(schema.items as JsonSchema | undefined)}[]`;
  if (type === "string" && typeof schema.format === "string") return `string (${schema.format})`;
  if (type === "object" && !schema.properties) return "object";
  return type ?? "any";
}

/** Default and bounds in words: "default 50; 1–200". */
export function constraints(schema: JsonSchema): string[] {
  const out: string[] = [];
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  if (typeof schema.minimum === "number" && typeof schema.maximum === "number") out.push(`${schema.minimum}–${schema.maximum}`);
  if (typeof schema.maxLength === "number") out.push(`≤ ${schema.maxLength} chars`);
  if (typeof schema.maxItems === "number") out.push(`≤ ${schema.maxItems} items`);
  return out;
}

/** One row per property of an object schema; nested objects are flattened with dotted names one level deep. */
export function fieldRows(schema: JsonSchema | undefined, prefix = "", depth = 0): FieldRow[] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.entries(properties).flatMap(([key, property]) => {
    const name = prefix + key;
    const description = [property.description, ...constraints(property)].filter(Boolean).join("; ");
    const row: FieldRow = { name, type: describeType(property), required: required.has(key) && property.default === undefined, description };
    const nested = property.type === "object" && property.properties && depth < 1 ? fieldRows(property, `${name}.`, depth + 1) : [];
    return [row, ...nested];
  });
}
