import type { Targets } from "./targets";
import { ACCOUNT_FIELDS, CAMPAIGN_FIELDS, f, INGEST_FIELDS, ITEM_EDIT_FIELDS, mark, MARKER_FIELDS, NARRATIVE_FIELDS, ORGANIZATION_FIELDS, PERSON_FIELDS, SIGHTING_EDIT_FIELDS } from "./fields";
import { FUZZ_MARK, type FieldSpec, type Json } from "./values";

/**
 * The write endpoints the fuzz covers, each with a valid base body (the generator breaks it) and the fields it
 * takes. v1 endpoints are called with write-scope API tokens (their rate limit is per caller), the others with the
 * fuzz admin's session.
 */
export type JsonObject = { [key: string]: Json };

export interface EndpointSpec {
  name: string;
  method: "POST" | "PATCH";
  path: (t: Targets) => string;
  /** The same route with another id in place of the target's (bad-id cases). */
  pathWithId?: (id: string) => string;
  base: (t: Targets, n: number) => JsonObject;
  fields: FieldSpec[];
  via: "token" | "session";
  /** Whether `{}` is a valid body (then it is not generated as a bad one). */
  emptyBodyValid?: boolean;
  /** A body that only a stale lock makes bad (409). */
  stale?: (t: Targets) => JsonObject;
  /** A body that repeats a unique value of a target row (409). */
  duplicate?: (t: Targets) => JsonObject;
  /** Whether the 422 details must name the field broken (false for a union schema: see the report). */
  namesField?: boolean;
}

const ingestBase = (_t: Targets, n: number): JsonObject => ({
  item: {
    kind: "post",
    title: mark("item", n),
    url: `https://example.org/fuzz/${n}`,
    targetCountries: ["PL"],
    persons: [{ name: mark("person", n), role: "targeted" }],
  },
  sighting: { observedAt: "2025-02-03T10:00:00Z", audienceCountry: "PL", notes: mark("sighting", n) },
});

/** PATCH variants: every field optional, plus the lock. */
const optionalAll = (fields: FieldSpec[]) => fields.map((field) => ({ ...field, required: false }));
const withLock = (lock: FieldSpec, fields: FieldSpec[]) => [lock, ...optionalAll(fields)];
const updatedAtLock = f("updatedAt", "lockDate", { required: true });
const STALE_AT = "2000-01-01T00:00:00.000Z";

const NO_SUCH_SUGGESTION = "00000000-0000-4000-8000-00000000c105";

const v1 = (resource: string) => `/api/v1/${resource}`;
const v1Id = (resource: string) => (id: string) => `/api/v1/${resource}/${id}`;

export const ENDPOINTS: EndpointSpec[] = [
  { name: "POST /api/v1/sightings", method: "POST", via: "token", path: () => v1("sightings"), base: ingestBase, fields: INGEST_FIELDS },
  { name: "POST /api/v1/items", method: "POST", via: "token", path: () => v1("items"), base: ingestBase, fields: INGEST_FIELDS },
  {
    name: "POST /api/sightings",
    method: "POST",
    via: "session",
    path: () => "/api/sightings",
    base: ingestBase,
    fields: [...INGEST_FIELDS, f("evidence", "uploads")],
  },
  {
    name: "PATCH /api/v1/items/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("items")(t.item.id),
    pathWithId: v1Id("items"),
    base: (t) => ({ version: t.item.version }),
    fields: ITEM_EDIT_FIELDS,
    stale: (t) => ({ version: t.item.version + 1000, title: "stale" }),
  },
  {
    // The target item's text starts with "Fuzz".
    name: "POST /api/items/:id/annotations",
    method: "POST",
    via: "session",
    path: (t) => `/api/items/${t.item.id}/annotations`,
    pathWithId: (id) => `/api/items/${id}/annotations`,
    base: (t) => ({ marker: t.marker.slug, startOffset: 0, endOffset: 4, quote: "Fuzz" }),
    fields: [
      f("marker", "requiredText", { max: 120, required: true }),
      f("startOffset", "count", { required: true }),
      f("endOffset", "count", { required: true }),
      f("quote", "requiredText", { max: 5000, required: true }),
      f("note", "text", { max: 2000, nullable: true }),
    ],
  },
  {
    name: "PATCH /api/items/:id",
    method: "PATCH",
    via: "session",
    path: (t) => `/api/items/${t.item.id}`,
    pathWithId: (id) => `/api/items/${id}`,
    base: (t) => ({ version: t.item.version }),
    fields: ITEM_EDIT_FIELDS,
    stale: (t) => ({ version: t.item.version + 1000, title: "stale" }),
  },
  {
    name: "PATCH /api/v1/sightings/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("sightings")(t.sighting.id),
    pathWithId: v1Id("sightings"),
    base: (t) => ({ version: t.sighting.version }),
    fields: SIGHTING_EDIT_FIELDS,
    stale: (t) => ({ version: t.sighting.version + 1000, notes: "stale" }),
  },
  {
    name: "PATCH /api/sightings/:id",
    method: "PATCH",
    via: "session",
    path: (t) => `/api/sightings/${t.sighting.id}`,
    pathWithId: (id) => `/api/sightings/${id}`,
    base: (t) => ({ version: t.sighting.version }),
    fields: SIGHTING_EDIT_FIELDS,
    stale: (t) => ({ version: t.sighting.version + 1000, notes: "stale" }),
  },
  {
    name: "POST /api/v1/campaigns",
    method: "POST",
    via: "token",
    path: () => v1("campaigns"),
    base: (_t, n) => ({ name: mark("campaign", n), targetCountries: ["PL"] }),
    fields: CAMPAIGN_FIELDS,
    duplicate: (t) => ({ name: mark("campaign dup", 0), slug: t.campaign.slug }),
  },
  {
    name: "PATCH /api/v1/campaigns/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("campaigns")(t.campaign.id),
    pathWithId: v1Id("campaigns"),
    base: (t) => ({ version: t.campaign.version }),
    fields: withLock(f("version", "version", { required: true }), CAMPAIGN_FIELDS),
    stale: (t) => ({ version: t.campaign.version + 1000, description: "stale" }),
  },
  {
    name: "POST /api/campaigns",
    method: "POST",
    via: "session",
    path: () => "/api/campaigns",
    base: (_t, n) => ({ name: mark("campaign", n), targetCountries: ["PL"] }),
    fields: CAMPAIGN_FIELDS,
    // Names are unique in any case.
    duplicate: (t) => ({ name: t.campaign.name.toUpperCase() }),
  },
  {
    name: "PATCH /api/campaigns/:id",
    method: "PATCH",
    via: "session",
    path: (t) => `/api/campaigns/${t.campaign.id}`,
    pathWithId: (id) => `/api/campaigns/${id}`,
    base: (t) => ({ version: t.campaign.version }),
    fields: withLock(f("version", "version", { required: true }), CAMPAIGN_FIELDS),
    stale: (t) => ({ version: t.campaign.version + 1000, description: "stale" }),
  },
  {
    // The base merges the target into itself, which is refused too: no generated body may merge anything.
    name: "POST /api/campaigns/:id/merge",
    method: "POST",
    via: "session",
    path: (t) => `/api/campaigns/${t.campaign.id}/merge`,
    pathWithId: (id) => `/api/campaigns/${id}/merge`,
    base: (t) => ({ version: t.campaign.version, into: t.campaign.id }),
    fields: [f("version", "version", { required: true }), f("into", "requiredText", { max: 100, required: true })],
  },
  {
    // The base splits off an item that is not in the campaign, which is refused too.
    name: "POST /api/campaigns/:id/split",
    method: "POST",
    via: "session",
    path: (t) => `/api/campaigns/${t.campaign.id}/split`,
    pathWithId: (id) => `/api/campaigns/${id}/split`,
    base: (t, n) => ({ version: t.campaign.version, itemIds: [t.item.id], name: mark("split", n) }),
    fields: [
      f("version", "version", { required: true }),
      f("itemIds", "aliases", { max: 36, required: true }),
      f("name", "requiredText", { max: 200, required: true }),
      f("description", "text", { max: 50_000, nullable: true }),
    ],
  },
  { name: "POST /api/v1/persons", method: "POST", via: "token", path: () => v1("persons"), base: (_t, n) => ({ name: mark("person", n) }), fields: PERSON_FIELDS },
  {
    name: "PATCH /api/v1/persons/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("persons")(t.person.id),
    pathWithId: v1Id("persons"),
    base: (t) => ({ updatedAt: t.person.updatedAt }),
    fields: withLock(updatedAtLock, PERSON_FIELDS),
    stale: () => ({ updatedAt: STALE_AT, description: "stale" }),
  },
  {
    name: "POST /api/v1/organizations",
    method: "POST",
    via: "token",
    path: () => v1("organizations"),
    base: (_t, n) => ({ name: mark("organization", n) }),
    fields: ORGANIZATION_FIELDS,
  },
  {
    name: "PATCH /api/v1/organizations/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("organizations")(t.organization.id),
    pathWithId: v1Id("organizations"),
    base: (t) => ({ updatedAt: t.organization.updatedAt }),
    fields: withLock(updatedAtLock, ORGANIZATION_FIELDS),
    stale: () => ({ updatedAt: STALE_AT, description: "stale" }),
  },
  {
    name: "POST /api/v1/accounts",
    method: "POST",
    via: "token",
    path: () => v1("accounts"),
    base: (_t, n) => ({ platform: "telegram", handle: `${FUZZ_MARK}_${n}` }),
    fields: ACCOUNT_FIELDS,
    duplicate: (t) => ({ platform: t.account.platform, handle: t.account.handle }),
  },
  {
    name: "PATCH /api/v1/accounts/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("accounts")(t.account.id),
    pathWithId: v1Id("accounts"),
    base: (t) => ({ updatedAt: t.account.updatedAt }),
    fields: withLock(updatedAtLock, ACCOUNT_FIELDS),
    stale: () => ({ updatedAt: STALE_AT, notes: "stale" }),
  },
  {
    name: "POST /api/v1/narratives",
    method: "POST",
    via: "token",
    path: () => v1("narratives"),
    base: (_t, n) => ({ title: mark("narrative", n) }),
    fields: NARRATIVE_FIELDS,
    duplicate: (t) => ({ title: t.narrative.title }),
  },
  {
    name: "PATCH /api/v1/narratives/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("narratives")(t.narrative.id),
    pathWithId: v1Id("narratives"),
    base: (t) => ({ updatedAt: t.narrative.updatedAt }),
    fields: withLock(updatedAtLock, NARRATIVE_FIELDS),
    stale: () => ({ updatedAt: STALE_AT, claim: "stale" }),
  },
  {
    name: "POST /api/v1/language-markers",
    method: "POST",
    via: "token",
    path: () => v1("language-markers"),
    base: (_t, n) => ({ slug: `${FUZZ_MARK}-${n}`, name: mark("marker", n) }),
    fields: MARKER_FIELDS,
    duplicate: (t) => ({ slug: t.marker.slug, name: mark("marker dup", 0) }),
  },
  {
    name: "PATCH /api/v1/language-markers/:id",
    method: "PATCH",
    via: "token",
    path: (t) => v1Id("language-markers")(t.marker.id),
    pathWithId: v1Id("language-markers"),
    base: (t) => ({ updatedAt: t.marker.updatedAt }),
    fields: withLock(updatedAtLock, MARKER_FIELDS),
    stale: () => ({ updatedAt: STALE_AT, category: "stale" }),
  },
  {
    name: "POST /api/admin/users",
    method: "POST",
    via: "session",
    path: () => "/api/admin/users",
    base: (_t, n) => ({ email: `${FUZZ_MARK}-${n}@example.org`, name: mark("user", n), role: "researcher" }),
    fields: [f("email", "email", { required: true }), f("name", "requiredText", { max: 200, required: true }), f("role", "enum", { required: true }), f("password", "password")],
    duplicate: (t) => ({ email: t.user.email, name: "dup", role: "researcher" }),
  },
  {
    name: "PATCH /api/admin/users/:id",
    method: "PATCH",
    via: "session",
    path: (t) => `/api/admin/users/${t.user.id}`,
    pathWithId: (id) => `/api/admin/users/${id}`,
    base: () => ({}),
    emptyBodyValid: true,
    fields: [f("role", "enum"), f("active", "bool"), f("name", "requiredText", { max: 200 })],
  },
  {
    name: "POST /api/admin/invitations",
    method: "POST",
    via: "session",
    path: () => "/api/admin/invitations",
    base: (_t, n) => ({ email: `${FUZZ_MARK}-invite-${n}@example.org`, name: mark("invitee", n), role: "journalist" }),
    fields: [f("email", "email", { required: true }), f("name", "requiredText", { max: 200, required: true }), f("role", "enum", { required: true })],
    duplicate: (t) => ({ email: t.user.email, name: "dup", role: "researcher" }),
  },
  {
    name: "POST /api/tokens",
    method: "POST",
    via: "session",
    path: () => "/api/tokens",
    base: (_t, n) => ({ name: mark("token", n), scope: "read", expiresInDays: 7 }),
    fields: [f("name", "requiredText", { max: 100, required: true }), f("scope", "enum", { required: true }), f("expiresInDays", "days", { required: true })],
  },
  {
    name: "POST /api/exports/snapshots",
    method: "POST",
    via: "session",
    path: () => "/api/exports/snapshots",
    base: () => ({ format: "jsonl", campaign: "matryoshka" }),
    fields: [
      f("format", "enum", { required: true }),
      f("campaign", "slug"),
      f("from", "date"),
      f("to", "date"),
      f("country", "country"),
      f("language", "language"),
      f("verdict", "enum"),
      f("table", "enum"),
    ],
  },
  {
    name: "POST /api/invitations/accept",
    method: "POST",
    via: "session",
    path: () => "/api/invitations/accept",
    base: () => ({ token: `${FUZZ_MARK}-no-such-token`, password: "a-long-enough-password" }),
    fields: [f("token", "requiredText", { max: 200, required: true }), f("password", "password", { required: true })],
  },
  // Decisions on a suggestion that does not exist: the body is checked first (422 naming the field), a valid one
  // then gets 404, so the fuzz never decides a real suggestion. POST /api/clustering/runs takes no body (anything
  // but none or {} is a 422) and is left out: its only valid request queues a run.
  ...(["accept", "reject"] as const).map((decision): EndpointSpec => ({
    name: `POST /api/clustering/suggestions/:id/${decision}`,
    method: "POST",
    via: "session",
    path: () => `/api/clustering/suggestions/${NO_SUCH_SUGGESTION}/${decision}`,
    pathWithId: (id) => `/api/clustering/suggestions/${id}/${decision}`,
    base: () => ({ itemIds: [NO_SUCH_SUGGESTION] }),
    fields: [f("itemIds", "uploads"), f("campaignName", "requiredText", { max: 200 })],
  })),
];

/** Routes that only take an id (and maybe an empty body): bad ids must get a 4xx, never a write. */
export const ID_ONLY_ROUTES: { name: string; method: "POST" | "DELETE"; path: (id: string) => string; via: "token" | "session" }[] = [
  ...["items", "sightings", "campaigns", "persons", "organizations", "accounts", "narratives", "language-markers"].flatMap((resource) => [
    { name: `DELETE /api/v1/${resource}/:id`, method: "DELETE" as const, path: v1Id(resource), via: "token" as const },
    { name: `POST /api/v1/${resource}/:id/restore`, method: "POST" as const, path: (id: string) => `/api/v1/${resource}/${id}/restore`, via: "token" as const },
  ]),
  { name: "DELETE /api/campaigns/:id", method: "DELETE", path: (id) => `/api/campaigns/${id}`, via: "session" },
  { name: "POST /api/campaigns/:id/restore", method: "POST", path: (id) => `/api/campaigns/${id}/restore`, via: "session" },
  { name: "DELETE /api/items/:id", method: "DELETE", path: (id) => `/api/items/${id}`, via: "session" },
  { name: "POST /api/items/:id/restore", method: "POST", path: (id) => `/api/items/${id}/restore`, via: "session" },
  { name: "DELETE /api/items/:id/annotations/:annotationId", method: "DELETE", path: (id) => `/api/items/${id}/annotations/${id}`, via: "session" },
  { name: "DELETE /api/tokens/:id", method: "DELETE", path: (id) => `/api/tokens/${id}`, via: "session" },
  { name: "POST /api/imports/:id/start", method: "POST", path: (id) => `/api/imports/${id}/start`, via: "session" },
  { name: "POST /api/imports/:id/preview", method: "POST", path: (id) => `/api/imports/${id}/preview`, via: "session" },
  { name: "POST /api/imports/:id/cancel", method: "POST", path: (id) => `/api/imports/${id}/cancel`, via: "session" },
  { name: "POST /api/clustering/suggestions/:id/accept", method: "POST", path: (id) => `/api/clustering/suggestions/${id}/accept`, via: "session" },
  { name: "POST /api/clustering/suggestions/:id/reject", method: "POST", path: (id) => `/api/clustering/suggestions/${id}/reject`, via: "session" },
];
