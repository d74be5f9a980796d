import { Prisma } from "../../generated/prisma/client";
import { seedUuid } from "../ids";
import { LANGUAGE_MARKERS } from "../matryoshka/vocabulary";
import { insertAudited, type SqlClient } from "./sql";
import type { SynAccount, SynOutlet, SynPerson, SyntheticWorld } from "./world";

/** Natural key → id of the rows the items refer to, read back after the insert (rows may pre-date this run). */
export interface WorldIds {
  campaigns: Map<string, string>;
  persons: Map<string, string>;
  outlets: Map<string, string>;
  accounts: Map<string, string>;
  narratives: Map<string, string>;
  markers: Map<string, string>;
}

export const accountKey = (a: SynAccount) => `${a.platform}:${a.handle}`;
const unique = <T>(values: T[], key: (v: T) => string) => [...new Map(values.map((v) => [key(v), v])).values()];

export async function writeWorld(db: SqlClient, world: SyntheticWorld): Promise<WorldIds> {
  const audit = { mode: "rows" as const, corpus: world.corpus };
  const { campaigns } = world;
  const persons: SynPerson[] = unique([...world.sharedPersons, ...campaigns.flatMap((c) => [...c.persons, ...c.targets])], (p) => p.name);
  const outlets: SynOutlet[] = unique([...world.sharedOutlets, ...campaigns.flatMap((c) => c.outlets)], (o) => o.name);
  const accounts = unique([...world.bystanders, ...campaigns.flatMap((c) => c.accounts)], accountKey);
  const narratives = campaigns.flatMap((c) => c.narratives);

  await insertAudited(db, "campaign", Prisma.sql`INSERT INTO campaigns (id, slug, name, description, origin_country, target_countries)
    SELECT u.id, u.slug, u.name, u.description, u.origin, string_to_array(u.targets, ',') FROM unnest(
      ${campaigns.map((c) => seedUuid("campaign", c.slug))}::uuid[], ${campaigns.map((c) => c.slug)}::text[],
      ${campaigns.map((c) => c.name)}::text[], ${campaigns.map((c) => c.description)}::text[],
      ${campaigns.map((c) => c.originCountry)}::text[], ${campaigns.map((c) => c.targetCountries.join(","))}::text[])
      AS u(id, slug, name, description, origin, targets)`, audit);
  // Synthetic persons have no natural unique key in the schema: their id is derived from the (fictional) name.
  await insertAudited(db, "person", Prisma.sql`INSERT INTO persons (id, name, description, country)
    SELECT * FROM unnest(${persons.map((p) => seedUuid("syn-person", p.name))}::uuid[], ${persons.map((p) => p.name)}::text[],
      ${persons.map((p) => p.description)}::text[], ${persons.map((p) => p.country)}::text[])`, audit);
  await insertAudited(db, "organization", Prisma.sql`INSERT INTO organizations (id, name, kind, country, url, domain, description)
    SELECT u.id, u.name, 'media_outlet', u.country, 'https://' || u.domain, u.domain, 'Fictional outlet (synthetic data).'
    FROM unnest(${outlets.map((o) => seedUuid("organization", o.name))}::uuid[], ${outlets.map((o) => o.name)}::text[],
      ${outlets.map((o) => o.country)}::text[], ${outlets.map((o) => o.domain)}::text[]) AS u(id, name, country, domain)`, audit);
  await insertAudited(db, "account", Prisma.sql`INSERT INTO accounts (id, platform, handle, label)
    SELECT u.id, u.platform, u.handle, 'synthetic' FROM unnest(${accounts.map((a) => seedUuid("account", accountKey(a)))}::uuid[],
      ${accounts.map((a) => a.platform)}::text[], ${accounts.map((a) => a.handle)}::text[]) AS u(id, platform, handle)`, audit);
  await insertAudited(db, "narrative", Prisma.sql`INSERT INTO narratives (id, title, claim)
    SELECT * FROM unnest(${narratives.map((n) => seedUuid("narrative", n.title))}::uuid[], ${narratives.map((n) => n.title)}::text[],
      ${narratives.map((n) => n.claim)}::text[])`, audit);
  await insertAudited(db, "language_marker", Prisma.sql`INSERT INTO language_markers (id, slug, name, description, category, languages)
    SELECT u.id, u.slug, u.name, u.description, u.category, string_to_array(u.languages, ',') FROM unnest(
      ${LANGUAGE_MARKERS.map((m) => seedUuid("language_marker", m.slug))}::uuid[], ${LANGUAGE_MARKERS.map((m) => m.slug)}::text[],
      ${LANGUAGE_MARKERS.map((m) => m.name)}::text[], ${LANGUAGE_MARKERS.map((m) => m.description)}::text[],
      ${LANGUAGE_MARKERS.map((m) => m.category)}::text[], ${LANGUAGE_MARKERS.map((m) => m.languages.join(","))}::text[])
      AS u(id, slug, name, description, category, languages)`, audit);

  const pairs = (rows: { key: string; id: string }[]) => new Map(rows.map((r) => [r.key, r.id]));
  const ids: WorldIds = {
    campaigns: pairs(await db.$queryRaw`SELECT slug AS key, id::text AS id FROM campaigns WHERE slug = ANY(${campaigns.map((c) => c.slug)}::text[])`),
    persons: new Map(persons.map((p) => [p.name, seedUuid("syn-person", p.name)])),
    outlets: pairs(await db.$queryRaw`SELECT name AS key, id::text AS id FROM organizations WHERE name = ANY(${outlets.map((o) => o.name)}::text[])`),
    accounts: pairs(await db.$queryRaw`SELECT platform || ':' || handle AS key, id::text AS id FROM accounts
      WHERE (platform, handle) IN (SELECT * FROM unnest(${accounts.map((a) => a.platform)}::text[], ${accounts.map((a) => a.handle)}::text[]))`),
    narratives: pairs(await db.$queryRaw`SELECT title AS key, id::text AS id FROM narratives WHERE title = ANY(${narratives.map((n) => n.title)}::text[])`),
    markers: pairs(await db.$queryRaw`SELECT slug AS key, id::text AS id FROM language_markers WHERE slug = ANY(${LANGUAGE_MARKERS.map((m) => m.slug)}::text[])`),
  };

  const techniques = campaigns.flatMap((c) => c.techniques.map((t) => ({ campaign: ids.campaigns.get(c.slug)!, technique: t })));
  await insertAudited(db, "campaign_technique", Prisma.sql`INSERT INTO campaign_techniques (campaign_id, technique_id)
    SELECT * FROM unnest(${techniques.map((t) => t.campaign)}::uuid[], ${techniques.map((t) => t.technique)}::text[])`,
    { mode: "batch", batchKey: `${world.corpus}:campaign_techniques` });
  return ids;
}
