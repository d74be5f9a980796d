import type { OpenApiDocument } from "@/lib/openapi/document";
import type { JsonSchema } from "@/lib/openapi/json-schema";

/** The document's operations grouped by tag, with $refs to shared parameters resolved, for the page to render. */
export interface PageParameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface PageOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  parameters: PageParameter[];
  body?: { schema: JsonSchema; example?: unknown };
  responses: { status: string; description: string }[];
  isPublic: boolean;
}

export interface PageGroup {
  tag: string;
  anchor: string;
  description?: string;
  operations: PageOperation[];
}

const METHODS = ["get", "post", "patch", "delete"] as const;

export function operationsByTag(doc: OpenApiDocument): PageGroup[] {
  const lookup = (node: unknown): JsonSchema => {
    const ref = (node as JsonSchema).$ref;
    if (typeof ref !== "string") return node as JsonSchema;
    return ref.slice(2).split("/").reduce<unknown>((n, key) => (n as JsonSchema)[key], doc) as JsonSchema;
  };
  const groups = new Map<string, PageGroup>();
  for (const tag of doc.tags) groups.set(tag.name, { tag: tag.name, anchor: tag.name.toLowerCase().replace(/\W+/g, "-"), description: tag.description, operations: [] });
  for (const [path, item] of Object.entries(doc.paths) as [string, JsonSchema][]) {
    const shared = ((item.parameters as unknown[]) ?? []).map(lookup);
    for (const method of METHODS) {
      const op = item[method] as JsonSchema | undefined;
      if (!op) continue;
      const content = (op.requestBody as JsonSchema | undefined)?.content as Record<string, JsonSchema> | undefined;
      const body = content?.["application/json"];
      const responses = Object.entries(op.responses as Record<string, unknown>).map(([status, r]) => ({ status, description: String(lookup(r).description ?? "") }));
      const tag = (op.tags as string[])[0];
      groups.get(tag)?.operations.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        description: op.description as string | undefined,
        parameters: [...shared, ...((op.parameters as unknown[]) ?? []).map(lookup)] as unknown as PageParameter[],
        body: body ? { schema: body.schema as JsonSchema, example: body.example } : undefined,
        responses,
        isPublic: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  return [...groups.values()].filter((g) => g.operations.length > 0);
}
