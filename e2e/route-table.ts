import { can, type Permission, type Role } from "../lib/auth/permissions";

/**
 * Every API route handler and who may call it: the table the role test proves, route by route, for each role,
 * anonymous callers and a read-scope API token. lib/auth/route-permissions.test.ts fails when a route file exists
 * that is not listed here, when a listed permission differs from the one the handler passes to authorise() /
 * v1Route(), or when a listed route no longer exists. Adding a route means adding its line here.
 *
 * access: the permission the handler requires; "public" (no credentials: health, sign-in, the OpenAPI document);
 * "token-checked" (no session, but a secret in the body is the credential: an invitation link).
 * sessionOnly: API tokens are refused even when their scope would allow it (managing tokens with a token).
 */
export type RouteAccess = Permission | "public" | "token-checked";
export type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteRule {
  method: RouteMethod;
  /** The route as its folder names it under app/, e.g. /api/items/[id]. */
  route: string;
  access: RouteAccess;
  sessionOnly?: true;
  /** A concrete path to call when the pattern has catch-all segments; [id] segments get a dummy UUID. */
  example?: string;
}

export const ROUTE_TABLE: RouteRule[] = [
{ method: "GET", route: "/api/admin/audit", access: "admin" },
  { method: "POST", route: "/api/admin/invitations", access: "admin" },
  { method: "PATCH", route: "/api/admin/users/[id]", access: "admin" },
  { method: "GET", route: "/api/admin/users", access: "admin" },
  { method: "POST", route: "/api/admin/users", access: "admin" },
  { method: "GET", route: "/api/analytics/countries", access: "read" },
  { method: "GET", route: "/api/analytics/first-seen", access: "read" },
  { method: "GET", route: "/api/analytics/languages", access: "read" },
  { method: "GET", route: "/api/analytics/markers", access: "read" },
  { method: "GET", route: "/api/analytics/spread", access: "read" },
  { method: "GET", route: "/api/analytics/time-to-debunk", access: "read" },
  { method: "GET", route: "/api/analytics/verdicts", access: "read" },
  { method: "GET", route: "/api/auth/[...all]", access: "public", example: "/api/auth/get-session" },
  { method: "POST", route: "/api/auth/[...all]", access: "public", example: "/api/auth/sign-in/email" },
  { method: "POST", route: "/api/campaigns/[id]/merge", access: "write" },
  { method: "POST", route: "/api/campaigns/[id]/restore", access: "moderate" },
  { method: "POST", route: "/api/campaigns/[id]/split", access: "write" },
  { method: "GET", route: "/api/campaigns/[id]", access: "read" },
  { method: "PATCH", route: "/api/campaigns/[id]", access: "write" },
  { method: "DELETE", route: "/api/campaigns/[id]", access: "moderate" },
  { method: "GET", route: "/api/campaigns", access: "read" },
  { method: "POST", route: "/api/campaigns", access: "write" },
  { method: "GET", route: "/api/clustering/runs/[id]", access: "read" },
  { method: "GET", route: "/api/clustering/runs/[id]/assignments", access: "admin" },
  { method: "GET", route: "/api/clustering/runs", access: "read" },
  { method: "POST", route: "/api/clustering/runs", access: "write" },
  { method: "POST", route: "/api/clustering/suggestions/[id]/accept", access: "write" },
  { method: "POST", route: "/api/clustering/suggestions/[id]/reject", access: "write" },
  { method: "GET", route: "/api/clustering/suggestions", access: "read" },
  { method: "GET", route: "/api/clustering/suggestions/[id]/items", access: "read" },
  { method: "GET", route: "/api/clustering/decisions", access: "read" },
  { method: "POST", route: "/api/clustering/decisions/[id]/undo", access: "write" },
  { method: "GET", route: "/api/duplicates", access: "read" },
  { method: "POST", route: "/api/duplicates", access: "read" },
  { method: "GET", route: "/api/evidence/[id]", access: "read" },
  { method: "POST", route: "/api/evidence", access: "write" },
  { method: "GET", route: "/api/exports", access: "export" },
  { method: "GET", route: "/api/exports/snapshots", access: "export" },
  { method: "POST", route: "/api/exports/snapshots", access: "export" },
  { method: "GET", route: "/api/exports/snapshots/[id]", access: "export" },
  { method: "GET", route: "/api/exports/snapshots/[id]/download", access: "export" },
  { method: "GET", route: "/api/graph", access: "read" },
  { method: "GET", route: "/api/health", access: "public" },
  { method: "POST", route: "/api/imports/[id]/cancel", access: "import" },
  { method: "GET", route: "/api/imports/[id]/failures.csv", access: "import" },
  { method: "GET", route: "/api/imports/[id]/preview", access: "import" },
  { method: "POST", route: "/api/imports/[id]/preview", access: "import" },
  { method: "GET", route: "/api/imports/[id]", access: "import" },
  { method: "POST", route: "/api/imports/[id]/start", access: "import" },
  { method: "GET", route: "/api/imports", access: "import" },
  { method: "POST", route: "/api/imports", access: "import" },
  { method: "POST", route: "/api/invitations/accept", access: "token-checked" },
  { method: "POST", route: "/api/items/[id]/annotations", access: "write" },
  { method: "DELETE", route: "/api/items/[id]/annotations/[annotationId]", access: "write" },
  { method: "GET", route: "/api/items/[id]/history", access: "read" },
  { method: "POST", route: "/api/items/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/items/[id]", access: "read" },
  { method: "PATCH", route: "/api/items/[id]", access: "write" },
  { method: "DELETE", route: "/api/items/[id]", access: "moderate" },
  { method: "GET", route: "/api/items/filter-options", access: "read" },
  { method: "GET", route: "/api/items", access: "read" },
  { method: "GET", route: "/api/lookups/disarm", access: "read" },
  { method: "GET", route: "/api/lookups", access: "read" },
  { method: "GET", route: "/api/overview/recent-items", access: "read" },
  { method: "GET", route: "/api/overview/stats", access: "read" },
  { method: "GET", route: "/api/overview/timeline", access: "read" },
  { method: "GET", route: "/api/overview/top-campaigns", access: "read" },
  { method: "GET", route: "/api/search", access: "read" },
  { method: "PATCH", route: "/api/sightings/[id]", access: "write" },
  { method: "POST", route: "/api/sightings", access: "write" },
  { method: "DELETE", route: "/api/tokens/[id]", access: "read", sessionOnly: true },
  { method: "GET", route: "/api/tokens", access: "read", sessionOnly: true },
  { method: "POST", route: "/api/tokens", access: "read", sessionOnly: true },
  { method: "POST", route: "/api/v1/accounts/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/accounts/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/accounts/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/accounts/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/accounts", access: "read" },
  { method: "POST", route: "/api/v1/accounts", access: "write" },
  { method: "POST", route: "/api/v1/campaigns/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/campaigns/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/campaigns/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/campaigns/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/campaigns", access: "read" },
  { method: "POST", route: "/api/v1/campaigns", access: "write" },
  { method: "POST", route: "/api/v1/items/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/items/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/items/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/items/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/items", access: "read" },
  { method: "POST", route: "/api/v1/items", access: "write" },
  { method: "POST", route: "/api/v1/language-markers/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/language-markers/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/language-markers/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/language-markers/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/language-markers", access: "read" },
  { method: "POST", route: "/api/v1/language-markers", access: "write" },
  { method: "POST", route: "/api/v1/narratives/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/narratives/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/narratives/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/narratives/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/narratives", access: "read" },
  { method: "POST", route: "/api/v1/narratives", access: "write" },
  { method: "GET", route: "/api/v1/openapi.json", access: "public" },
  { method: "POST", route: "/api/v1/organizations/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/organizations/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/organizations/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/organizations/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/organizations", access: "read" },
  { method: "POST", route: "/api/v1/organizations", access: "write" },
  { method: "POST", route: "/api/v1/persons/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/persons/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/persons/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/persons/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/persons", access: "read" },
  { method: "POST", route: "/api/v1/persons", access: "write" },
  { method: "POST", route: "/api/v1/sightings/[id]/restore", access: "moderate" },
  { method: "GET", route: "/api/v1/sightings/[id]", access: "read" },
  { method: "PATCH", route: "/api/v1/sightings/[id]", access: "write" },
  { method: "DELETE", route: "/api/v1/sightings/[id]", access: "moderate" },
  { method: "GET", route: "/api/v1/sightings", access: "read" },
  { method: "POST", route: "/api/v1/sightings", access: "write" },
];

/** An id no row has: a permitted caller gets 404/422, never 401/403. */
export const DUMMY_ID = "00000000-0000-4000-8000-000000000000";

export function examplePath(rule: RouteRule): string {
  return rule.example ?? rule.route.replace(/\[[^\]/.]+\]/g, DUMMY_ID);
}

/** Who calls in the role test: nobody, a signed-in person of each role, or a read-scope token (of a fact-checker). */
export type Caller = "anonymous" | Role | "read_token";
export const READ_TOKEN_OWNER: Role = "fact_checker";

/** Whether the caller gets past authorisation (any answer but 401/403). */
export function isAllowed(rule: RouteRule, caller: Caller): boolean {
  if (rule.access === "public" || rule.access === "token-checked") return true;
  if (caller === "anonymous") return false;
  if (caller === "read_token") {
    return !rule.sessionOnly && (rule.access === "read" || rule.access === "export") && can(READ_TOKEN_OWNER, rule.access);
  }
  return can(caller, rule.access);
}
