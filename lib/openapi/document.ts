import { z } from "zod";
import { dataSchema, pageSchema } from "../api-v1/fields";
import { DEFAULT_RATE_LIMIT } from "../api-v1/rate-limit";
import { ERROR_RESPONSES, ERROR_SCHEMA, HEADERS, PARAMETERS, RATE_HEADERS, SECURITY_SCHEMES } from "./components";
import { queryParameters, toOpenApiSchema, type JsonSchema } from "./json-schema";
import { RESOURCES, type ResourceDoc } from "./resources";

export const API_PREFIX = "/api/v1";

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const errors = (...names: (keyof typeof ERROR_RESPONSES)[]) => ({
  "401": ref("responses", "Unauthorized"),
  "403": ref("responses", "Forbidden"),
  "429": ref("responses", "TooManyRequests"),
  "500": ref("responses", "InternalError"),
  ...Object.fromEntries(names.map((n) => [STATUS[n], ref("responses", n)])),
});
const STATUS: Record<keyof typeof ERROR_RESPONSES, string> = {
  BadRequest: "400", Unauthorized: "401", Forbidden: "403", NotFound: "404", Conflict: "409", PayloadTooLarge: "413",
  UnprocessableEntity: "422", TooManyRequests: "429", InternalError: "500",
};
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? "an" : "a");
const json = (schema: JsonSchema, description: string, headers: JsonSchema = RATE_HEADERS) => ({ description, headers, content: { "application/json": { schema } } });

function resourcePaths(r: ResourceDoc, schemas: Record<string, JsonSchema>) {
  const base = `${API_PREFIX}/${r.segment}`;
  const one = toOpenApiSchema(dataSchema(r.schema), "output", schemas);
  const writeBody = (schema: z.ZodType, example?: unknown) => ({ required: true, content: { "application/json": { schema: toOpenApiSchema(schema, "input", schemas), ...(example ? { example } : {}) } } });
  const paths: Record<string, JsonSchema> = {
    [base]: {
      get: {
        tags: [r.tag], operationId: `list${r.tag.replace(/\s/g, "")}`, summary: `List ${r.tag.toLowerCase()}`,
        description: "Newest first. Pass `nextCursor` back as `cursor` for the next page.",
        parameters: queryParameters(r.listQuery, schemas),
        responses: { "200": json(toOpenApiSchema(pageSchema(r.schema), "output", schemas), "One page"), ...errors("UnprocessableEntity") },
      },
      post: {
        tags: [r.tag], operationId: `create${r.name}`, summary: `Create ${article(r.name)} ${r.name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`,
        description: r.createDescription || undefined,
        parameters: [ref("parameters", "IdempotencyKey")],
        requestBody: writeBody(r.createBody, r.example),
        responses: {
          "201": json(toOpenApiSchema(r.createResponse, "output", schemas), "Created", { ...RATE_HEADERS, "Idempotent-Replayed": ref("headers", "Idempotent-Replayed") }),
          ...(r.segment === "items" ? { "200": json(toOpenApiSchema(r.createResponse, "output", schemas), "Merged into known content") } : {}),
          ...errors("BadRequest", "Conflict", "PayloadTooLarge", "UnprocessableEntity"),
        },
      },
    },
    [`${base}/{id}`]: {
      parameters: [ref("parameters", "Id")],
      get: { tags: [r.tag], operationId: `get${r.name}`, summary: `Get one`, parameters: [ref("parameters", "IncludeDeleted")], responses: { "200": json(one, "Found"), ...errors("NotFound") } },
      patch: {
        tags: [r.tag], operationId: `update${r.name}`, summary: "Update (optimistic locking)",
        description: `Send only the fields to change, plus the \`${r.lock}\` you read. If someone changed the row since, the answer is 409 and nothing is written.`,
        requestBody: writeBody(r.updateBody),
        responses: { "200": json(one, "Updated"), ...errors("BadRequest", "NotFound", "Conflict", "PayloadTooLarge", "UnprocessableEntity") },
      },
      ...(r.softDelete
        ? { delete: { tags: [r.tag], operationId: `delete${r.name}`, summary: "Soft delete (admins)", description: "Sets deletedAt: hidden from lists and reads; restore with POST …/restore.", responses: { "200": json(one, "Deleted (or already deleted)"), ...errors("NotFound") } } }
        : {}),
    },
  };
  if (r.softDelete) {
    paths[`${base}/{id}/restore`] = {
      parameters: [ref("parameters", "Id")],
      post: { tags: [r.tag], operationId: `restore${r.name}`, summary: "Restore a soft-deleted row (admins)", parameters: [ref("parameters", "IdempotencyKey")], responses: { "200": json(one, "Restored"), ...errors("NotFound", "Conflict") } },
    };
  }
  return paths;
}

/** The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes parse with. */
export function buildOpenApiDocument(options: { rateLimit?: number } = {}) {
  const schemas: Record<string, JsonSchema> = { Error: ERROR_SCHEMA };
  const paths: Record<string, JsonSchema> = {};
  for (const resource of RESOURCES) Object.assign(paths, resourcePaths(resource, schemas));
  paths[`${API_PREFIX}/openapi.json`] = {
    get: { tags: ["Meta"], operationId: "getOpenApiDocument", summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } } },
  };
  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  return {
    openapi: "3.1.1",
    info: {
      title: "Sightline API",
      version: "1.0.0",
      description: `Items, sightings, campaigns and the parties behind them. Authenticate with \`Authorization: Bearer sl_…\`. Lists are cursor-paginated; POSTs honour \`Idempotency-Key\`; each token may make ${limit} requests a minute. Every error has the shape { "error": { "code", "message", "details"? } }.`,
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [...RESOURCES.map((r) => ({ name: r.tag, description: r.description })), { name: "Meta", description: "About the API itself" }],
    paths,
    components: { schemas, responses: ERROR_RESPONSES, parameters: PARAMETERS, headers: HEADERS, securitySchemes: SECURITY_SCHEMES },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
