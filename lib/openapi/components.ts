import type { JsonSchema } from "./json-schema";

/** Parts every operation shares: the one error shape, its responses, rate-limit headers, auth schemes. */
export const ERROR_SCHEMA: JsonSchema = {
  type: "object",
  required: ["error"],
  additionalProperties: false,
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      additionalProperties: false,
      properties: {
        code: { type: "string", description: "stable machine-readable code, e.g. invalid_request, conflict, rate_limited" },
        message: { type: "string", description: "for people; may change" },
        details: {
          type: "array",
          description: "the fields at fault (422), e.g. { path: \"item.targetCountries.0\", message: … }",
          items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } },
        },
      },
    },
  },
  example: { error: { code: "invalid_request", message: "Invalid item.targetCountries.0", details: [{ path: "item.targetCountries.0", message: "item.targetCountries[0] must be an ISO 3166-1 alpha-2 country code (e.g. PL, GB); got \"XX\"" }] } },
};

const RATE_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
};

const errorResponse = (description: string, extraHeaders: JsonSchema = {}) => ({
  description,
  headers: { ...RATE_HEADERS, ...extraHeaders },
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

export const ERROR_RESPONSES = {
  BadRequest: errorResponse("The body is not JSON (invalid_json) or the Idempotency-Key is malformed"),
  Unauthorized: { description: "No valid session or token: unknown, revoked or expired token, or a deactivated owner (unauthenticated)", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  Forbidden: { description: "The role or the token scope does not allow this (forbidden); read-scope tokens can only read", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  NotFound: errorResponse("No such row, or it is soft-deleted (not_found)"),
  Conflict: errorResponse("Stale version/updatedAt (conflict), a unique value taken (conflict), or a request with this Idempotency-Key still in flight (idempotency_in_flight)"),
  PayloadTooLarge: errorResponse("The body is over 1 MiB (payload_too_large)"),
  UnprocessableEntity: errorResponse("Invalid fields, each named in details (invalid_request), or an Idempotency-Key reused with another body (idempotency_key_reused)"),
  TooManyRequests: errorResponse("Over the per-token (or per-user) limit (rate_limited)", { "Retry-After": { $ref: "#/components/headers/Retry-After" } }),
  InternalError: errorResponse("Our fault; logged server-side, details never sent (internal_error)"),
};

export const HEADERS = {
  "RateLimit-Limit": { description: "requests allowed per minute", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "requests left in this window", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "seconds until the window resets", schema: { type: "integer" } },
  "Retry-After": { description: "seconds to wait before retrying", schema: { type: "integer" } },
  "Idempotent-Replayed": { description: "\"true\" when this is the stored answer to an earlier request with the same Idempotency-Key", schema: { type: "string", enum: ["true"] } },
};

export const PARAMETERS = {
  IdempotencyKey: {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description: "Any unique string (a UUID) per logical request. A retry with the same key and body returns the first answer instead of writing twice; keys last 24 h.",
    schema: { type: "string", minLength: 1, maxLength: 255 },
  },
  Id: { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
  IncludeDeleted: { name: "includeDeleted", in: "query", required: false, description: "admins only: also answer for a soft-deleted row", schema: { type: "string", enum: ["true", "false"] } },
};

export const SECURITY_SCHEMES = {
  bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "sl_…", description: "An API token from Settings → API tokens. Read-scope tokens can only read." },
  sessionCookie: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "The browser session of a signed-in person." },
};

export { RATE_HEADERS };
