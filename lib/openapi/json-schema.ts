import { z } from "zod";

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as plain data. */
export type JsonSchema = { [key: string]: unknown };

/**
 * zod → JSON Schema with zod 4's own converter, shaped for an OpenAPI document: named schemas (`.meta({ id })`)
 * are hoisted into components.schemas and referenced there; dates become date-time strings; the long regexes zod
 * adds beside a `format` are dropped (the format says it, and the page stays readable).
 */
export function toOpenApiSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      if (ctx.zodSchema._zod.def.type === "date") Object.assign(json, { type: "string", format: "date-time" });
      if (json.format && json.pattern) delete json.pattern;
      // JavaScript's MAX_SAFE_INTEGER bounds are an implementation detail, not part of the contract.
      if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
      if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
    },
  }) as JsonSchema;
  const { $schema: _dialect, $defs, ...root } = converted;
  for (const [name, def] of Object.entries(($defs as Record<string, JsonSchema> | undefined) ?? {})) {
    components[name] = rewriteRefs(def) as JsonSchema;
  }
  return rewriteRefs(root) as JsonSchema;
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        key === "$ref" && typeof v === "string" ? v.replace(/^#\/\$defs\//, "#/components/schemas/") : rewriteRefs(v),
      ]),
    );
  }
  return value;
}

/** Query parameters from a strict object schema: one parameter per key, required unless optional or defaulted. */
export function queryParameters(schema: z.ZodObject, components: Record<string, JsonSchema>): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const json = toOpenApiSchema(fieldSchema, "input", components);
    const { description, ...rest } = json;
    const optional = fieldSchema.safeParse(undefined).success;
    return { name, in: "query", required: !optional, ...(description ? { description } : {}), schema: rest };
  });
}
