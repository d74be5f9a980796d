import { Prisma } from "../generated/prisma/client";
import type { DatasetFilter } from "../filters/dataset-filter";
import { filterInstants } from "../filters/dataset-filter";
import { itemFilterSql } from "../filters/dataset-filter-sql";
import type { ExportFile } from "./export-file";
import type { ReadSession } from "./read-session";

const ts = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const agg = (object: string, from: string, order: string) =>
  `coalesce((SELECT json_agg(${object} ORDER BY ${order}) ${from}), '[]'::json)`;

/**
 * JSON Lines: one item per line with everything about it nested (campaign links, people, outlets, narratives,
 * DISARM techniques, marker annotations, and its sightings in the date range). PostgreSQL builds each line, so
 * the JSON is the database's own and Node only passes batches of lines through.
 */
export function jsonlQuery(filter: DatasetFilter, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const { from, before } = filterInstants(filter);
  const inRange = Prisma.sql`${from ? Prisma.sql`AND s.observed_at >= ${from}` : Prisma.empty} ${before ? Prisma.sql`AND s.observed_at < ${before}` : Prisma.empty}`;
  const fields = Prisma.raw(`'id', i.id, 'kind', i.kind, 'title', i.title, 'text', i.text, 'original_url', i.original_url,
    'canonical_url', i.canonical_url, 'platform', i.platform, 'language', i.language, 'published_at', ${ts("i.published_at")},
    'verdict', i.verdict, 'manipulations', to_json(i.manipulations), 'target_countries', to_json(i.target_countries),
    'file_sha256', i.file_sha256, 'archive_url', i.archive_url, 'notes', i.notes, 'first_seen_at', ${ts("i.first_seen_at")},
    'last_seen_at', ${ts("i.last_seen_at")}, 'sighting_count', i.sighting_count, 'created_at', ${ts("i.created_at")},
    'updated_at', ${ts("i.updated_at")},
    'campaigns', ${agg("json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'status', ic.status, 'confidence', ic.confidence, 'reasons', ic.reasons)",
      "FROM item_campaigns ic JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL WHERE ic.item_id = i.id", "c.slug")},
    'persons', ${agg("json_build_object('id', p.id, 'name', p.name, 'role', x.role)",
      "FROM item_persons x JOIN persons p ON p.id = x.person_id AND p.deleted_at IS NULL WHERE x.item_id = i.id", "p.name, x.role")},
    'organizations', ${agg("json_build_object('id', o.id, 'name', o.name, 'role', x.role)",
      "FROM item_organizations x JOIN organizations o ON o.id = x.organization_id AND o.deleted_at IS NULL WHERE x.item_id = i.id", "o.name, x.role")},
    'narratives', ${agg("json_build_object('id', n.id, 'title', n.title)",
      "FROM item_narratives x JOIN narratives n ON n.id = x.narrative_id AND n.deleted_at IS NULL WHERE x.item_id = i.id", "n.title")},
    'techniques', ${agg("json_build_object('id', d.id, 'name', d.name, 'tactic_id', d.tactic_id)",
      "FROM item_techniques x JOIN disarm_techniques d ON d.id = x.technique_id WHERE x.item_id = i.id", "d.id")},
    'annotations', ${agg("json_build_object('id', a.id, 'marker', m.slug, 'marker_name', m.name, 'quote', a.quote, 'start_offset', a.start_offset, 'end_offset', a.end_offset, 'note', a.note)",
      "FROM marker_annotations a JOIN language_markers m ON m.id = a.marker_id WHERE a.item_id = i.id AND a.deleted_at IS NULL", "a.id")}`);
  return Prisma.sql`SELECT json_build_object(${fields}${extra}, 'sightings', coalesce((SELECT json_agg(json_build_object('id', s.id, 'url', s.url,
      'platform', s.platform, 'account', CASE WHEN ac.id IS NULL THEN NULL ELSE json_build_object('id', ac.id, 'platform', ac.platform, 'handle', ac.handle) END,
      'observed_at', ${Prisma.raw(ts("s.observed_at"))}, 'views', s.views, 'shares', s.shares, 'reactions', s.reactions,
      'audience_country', s.audience_country, 'notes', s.notes, 'channel', s.channel) ORDER BY s.observed_at, s.id)
      FROM sightings s LEFT JOIN accounts ac ON ac.id = s.account_id WHERE s.item_id = i.id AND s.deleted_at IS NULL ${inRange}), '[]'::json))::text
    FROM items i WHERE ${itemFilterSql(filter, "i")} ORDER BY i.id`;
}

export function jsonlFile(session: ReadSession, filter: DatasetFilter, signal?: AbortSignal): ExportFile {
  let rows = 0;
  return {
    name: "items.jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
    rows: () => rows,
    async *content() {
      for await (const batch of session.batches(jsonlQuery(filter), { signal, first: 200, size: 2000 })) {
        rows += batch.length;
        let text = "";
        for (const [line] of batch) text += `${line}\n`;
        yield Buffer.from(text, "utf8");
      }
    },
  };
}
