import { FUZZ_MARK, type FieldSpec } from "./values";

/** The fields of each write body, as its schema defines them (lib/ingest, lib/api-v1/*, lib/users, lib/items, lib/sightings). */
export const f = (path: string, kind: FieldSpec["kind"], extra: Partial<FieldSpec> = {}): FieldSpec => ({ path: path.split("."), kind, ...extra });
export const mark = (what: string, n: number) => `${FUZZ_MARK} ${what} ${n}`;

export const INGEST_FIELDS: FieldSpec[] = [
  // Optional since items take their kind from the URL when none is given (youtu.be → video); bad values still fail.
  f("item.kind", "enum"),
  f("item.title", "text", { max: 500, nullable: true }),
  f("item.text", "text", { max: 100_000, nullable: true }),
  f("item.url", "canonUrl", { nullable: true }),
  f("item.platform", "text", { max: 64, nullable: true }),
  f("item.language", "language", { nullable: true }),
  f("item.publishedAt", "date", { nullable: true }),
  f("item.verdict", "enum"),
  f("item.manipulations", "manipulations"),
  f("item.targetCountries", "countries"),
  f("item.fileSha256", "sha256", { nullable: true }),
  f("item.archiveUrl", "httpUrl", { nullable: true }),
  f("item.notes", "text", { max: 20_000, nullable: true }),
  f("item.persons", "parties"),
  f("item.organizations", "parties"),
  f("item.narratives", "aliases", { max: 500 }),
  f("item.techniques", "techniques"),
  f("item.annotations", "annotations"),
  f("item.campaign", "slug"),
  f("sighting", "account", { required: true }),
  f("sighting.observedAt", "date", { required: true }),
  f("sighting.url", "canonUrl", { nullable: true }),
  f("sighting.platform", "text", { max: 64, nullable: true }),
  f("sighting.account", "account"),
  f("sighting.views", "count"),
  f("sighting.shares", "count"),
  f("sighting.reactions", "count"),
  f("sighting.audienceCountry", "country", { nullable: true }),
  f("sighting.notes", "text", { max: 20_000, nullable: true }),
];

export const ITEM_EDIT_FIELDS: FieldSpec[] = [
  f("version", "version", { required: true }),
  f("kind", "enum"),
  f("title", "text", { max: 500, nullable: true }),
  f("text", "text", { max: 100_000, nullable: true }),
  f("url", "canonUrl", { nullable: true }),
  f("platform", "text", { max: 64, nullable: true }),
  f("language", "language", { nullable: true }),
  f("publishedAt", "date", { nullable: true }),
  f("verdict", "enum"),
  f("manipulations", "manipulations"),
  f("targetCountries", "countries"),
  f("archiveUrl", "httpUrl", { nullable: true }),
  f("notes", "text", { max: 20_000, nullable: true }),
];

export const SIGHTING_EDIT_FIELDS: FieldSpec[] = [
  f("version", "version", { required: true }),
  f("url", "canonUrl", { nullable: true }),
  f("platform", "text", { max: 64, nullable: true }),
  f("observedAt", "date"),
  f("views", "count"),
  f("shares", "count"),
  f("reactions", "count"),
  f("audienceCountry", "country", { nullable: true }),
  f("notes", "text", { max: 20_000, nullable: true }),
];

export const CAMPAIGN_FIELDS: FieldSpec[] = [
  f("name", "requiredText", { max: 200, required: true }),
  f("slug", "slug"),
  f("aliases", "aliases", { max: 300 }),
  f("description", "text", { max: 50_000, nullable: true }),
  f("status", "enum"),
  f("threatActorId", "uuid", { nullable: true }),
  f("originCountry", "country", { nullable: true }),
  f("targetCountries", "countries"),
  f("techniques", "techniques"),
  f("newThreatActor.name", "requiredText", { max: 200 }),
  f("sources", "aliases", { max: 500 }),
];

export const PERSON_FIELDS: FieldSpec[] = [
  f("name", "requiredText", { max: 300, required: true }),
  f("aliases", "aliases", { max: 300 }),
  f("description", "text", { max: 20_000, nullable: true }),
  f("affiliationId", "uuid", { nullable: true }),
  f("country", "country", { nullable: true }),
  f("wikidataId", "wikidata", { nullable: true }),
  f("url", "httpUrl", { nullable: true }),
];

export const ORGANIZATION_FIELDS: FieldSpec[] = [
  f("name", "requiredText", { max: 300, required: true }),
  f("kind", "enum"),
  f("aliases", "aliases", { max: 300 }),
  f("country", "country", { nullable: true }),
  f("url", "httpUrl", { nullable: true }),
  f("domain", "domain", { nullable: true }),
  f("description", "text", { max: 20_000, nullable: true }),
];

export const ACCOUNT_FIELDS: FieldSpec[] = [
  f("platform", "requiredText", { max: 64, required: true }),
  f("handle", "requiredText", { max: 200, required: true }),
  f("url", "httpUrl", { nullable: true }),
  f("displayName", "text", { max: 300, nullable: true }),
  f("label", "text", { max: 120, nullable: true }),
  f("notes", "text", { max: 20_000, nullable: true }),
];

export const NARRATIVE_FIELDS: FieldSpec[] = [
  f("title", "requiredText", { max: 500, required: true }),
  f("claim", "text", { max: 20_000, nullable: true }),
  f("language", "language", { nullable: true }),
];

export const MARKER_FIELDS: FieldSpec[] = [
  f("slug", "slug", { required: true }),
  f("name", "requiredText", { max: 200, required: true }),
  f("description", "text", { max: 20_000, nullable: true }),
  f("category", "text", { max: 120, nullable: true }),
  f("languages", "languages"),
];

