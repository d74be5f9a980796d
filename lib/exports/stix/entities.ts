import { Prisma } from "../../generated/prisma/client";
import type { DatasetFilter } from "../../filters/dataset-filter";
import { itemFilterSql } from "../../filters/dataset-filter-sql";

const ts = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const inSubset = (filter: DatasetFilter, itemId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM items i WHERE i.id = ${Prisma.raw(itemId)} AND ${itemFilterSql(filter, "i")})`;

export interface CampaignRow {
  id: string; slug: string; name: string; aliases: string[]; description: string | null; created: string; modified: string;
  first_seen: string | null; last_seen: string | null; origin_country: string | null; target_countries: string[];
  threat_actor_id: string | null; techniques: string[]; status: string;
}
export interface ActorRow { id: string; name: string; aliases: string[]; kind: string; country: string | null; description: string | null; created: string; modified: string }
export interface PartyRow {
  id: string; kind: "person" | "organization"; name: string; aliases: string[]; description: string | null; country: string | null; url: string | null;
  created: string; modified: string; org_kind?: string | null; domain?: string | null; wikidata_id?: string | null; affiliation_id?: string | null;
}
export interface NarrativeRow { id: string; title: string; claim: string | null; language: string | null; created: string; modified: string }
export interface TechniqueRow { id: string; name: string; summary: string | null; tactic: string }

/** The entities of the STIX bundle, each one JSON row built by PostgreSQL (a few hundred rows, not per item). */
export const entityQueries = {
  campaigns: (f: DatasetFilter) => Prisma.sql`SELECT json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'aliases', to_json(c.aliases),
      'description', c.description, 'created', ${Prisma.raw(ts("c.created_at"))}, 'modified', ${Prisma.raw(ts("c.updated_at"))},
      'first_seen', ${Prisma.raw(ts("c.first_seen_at"))}, 'last_seen', ${Prisma.raw(ts("c.last_seen_at"))}, 'origin_country', c.origin_country,
      'target_countries', to_json(c.target_countries), 'status', c.status,
      'threat_actor_id', (SELECT t.id FROM threat_actors t WHERE t.id = c.threat_actor_id AND t.deleted_at IS NULL),
      'techniques', to_json(ARRAY(SELECT ct.technique_id FROM campaign_techniques ct WHERE ct.campaign_id = c.id ORDER BY ct.technique_id)))::text
    FROM campaigns c WHERE c.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM item_campaigns ic WHERE ic.campaign_id = c.id AND ${inSubset(f, "ic.item_id")})
    ORDER BY c.id`,
  actors: (f: DatasetFilter) => Prisma.sql`SELECT json_build_object('id', t.id, 'name', t.name, 'aliases', to_json(t.aliases), 'kind', t.kind,
      'country', t.country, 'description', t.description, 'created', ${Prisma.raw(ts("t.created_at"))}, 'modified', ${Prisma.raw(ts("t.updated_at"))})::text
    FROM threat_actors t WHERE t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM campaigns c WHERE c.threat_actor_id = t.id AND c.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM item_campaigns ic WHERE ic.campaign_id = c.id AND ${inSubset(f, "ic.item_id")}))
    ORDER BY t.id`,
  parties: (f: DatasetFilter) => Prisma.sql`SELECT json_build_object('id', p.id, 'kind', 'person', 'name', p.name, 'aliases', to_json(p.aliases),
      'description', p.description, 'country', p.country, 'url', p.url, 'wikidata_id', p.wikidata_id, 'affiliation_id', p.affiliation_id, 'created', ${Prisma.raw(ts("p.created_at"))}, 'modified', ${Prisma.raw(ts("p.updated_at"))})::text
    FROM persons p WHERE p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM item_persons x WHERE x.person_id = p.id AND ${inSubset(f, "x.item_id")})
    UNION ALL
    SELECT json_build_object('id', o.id, 'kind', 'organization', 'name', o.name, 'aliases', to_json(o.aliases),
      'description', o.description, 'country', o.country, 'url', o.url, 'org_kind', o.kind, 'domain', o.domain, 'created', ${Prisma.raw(ts("o.created_at"))}, 'modified', ${Prisma.raw(ts("o.updated_at"))})::text
    FROM organizations o WHERE o.deleted_at IS NULL AND EXISTS (SELECT 1 FROM item_organizations x WHERE x.organization_id = o.id AND ${inSubset(f, "x.item_id")})`,
  narratives: (f: DatasetFilter) => Prisma.sql`SELECT json_build_object('id', n.id, 'title', n.title, 'claim', n.claim, 'language', n.language,
      'created', ${Prisma.raw(ts("n.created_at"))}, 'modified', ${Prisma.raw(ts("n.updated_at"))})::text
    FROM narratives n WHERE n.deleted_at IS NULL AND EXISTS (SELECT 1 FROM item_narratives x WHERE x.narrative_id = n.id AND ${inSubset(f, "x.item_id")})
    ORDER BY n.id`,
  techniques: (f: DatasetFilter) => Prisma.sql`SELECT json_build_object('id', d.id, 'name', d.name, 'summary', d.summary, 'tactic', t.name)::text
    FROM disarm_techniques d JOIN disarm_tactics t ON t.id = d.tactic_id
    WHERE EXISTS (SELECT 1 FROM item_techniques x WHERE x.technique_id = d.id AND ${inSubset(f, "x.item_id")})
       OR EXISTS (SELECT 1 FROM campaign_techniques ct JOIN campaigns c ON c.id = ct.campaign_id AND c.deleted_at IS NULL
         WHERE ct.technique_id = d.id AND EXISTS (SELECT 1 FROM item_campaigns ic WHERE ic.campaign_id = c.id AND ${inSubset(f, "ic.item_id")}))
    ORDER BY d.id`,
};
