import { Prisma } from "../generated/prisma/client";
import type { DatasetFilter } from "../filters/dataset-filter";
import { filterInstants } from "../filters/dataset-filter";
import { itemFilterSql, type WindowedFilter } from "../filters/dataset-filter-sql";
import type { ExportFile } from "./export-file";
import { perItemBatches } from "./item-windows";
import type { ReadSession } from "./read-session";

const ts = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One relation aggregated per item, over the whole subset at once (hash joins, not a subquery per item). */
const relation = (name: string, object: string, from: string, order: string) =>
  `${name} AS MATERIALIZED (SELECT x.item_id, json_agg(${object} ORDER BY ${order}) AS v ${from} GROUP BY x.item_id)`;

/**
 * JSON Lines: one item per line with everything about it nested (campaign links, people, outlets, narratives,
 * DISARM techniques, marker annotations, and its sightings in the date range). PostgreSQL builds each line, so
 * the JSON is the database's own and Node only passes batches of lines through. Each relation is aggregated for
 * the whole subset in one grouped pass and joined by item id: correlated subqueries per item cost ~1 ms an item
 * (measured on 100k items), the grouped passes a fraction of it. With `fileOwner` (the STIX export's reading, never
 * the JSONL file) each line also says in `file_owner` whether the item is the first of the subset with its file
 * hash, so a shared file observable is written once.
 */
export function jsonlQuery(filter: WindowedFilter, options: { fileOwner?: boolean } = {}): Prisma.Sql {
  const { from, before } = filterInstants(filter);
  const inRange = Prisma.sql`${from ? Prisma.sql`AND x.observed_at >= ${from}` : Prisma.empty} ${before ? Prisma.sql`AND x.observed_at < ${before}` : Prisma.empty}`;
  const relations = Prisma.raw([
    relation("r_campaigns", `json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'status', x.status, 'confidence', x.confidence, 'reasons', x.reasons, 'evidence', x.evidence, 'decided_at', ${ts("x.decided_at")})`,
      "FROM item_campaigns x JOIN sub ON sub.id = x.item_id JOIN campaigns c ON c.id = x.campaign_id AND c.deleted_at IS NULL", "c.slug"),
    relation("r_persons", "json_build_object('id', p.id, 'name', p.name, 'role', x.role, 'note', x.note)",
      "FROM item_persons x JOIN sub ON sub.id = x.item_id JOIN persons p ON p.id = x.person_id AND p.deleted_at IS NULL", "p.name, x.role"),
    relation("r_organizations", "json_build_object('id', o.id, 'name', o.name, 'role', x.role, 'note', x.note)",
      "FROM item_organizations x JOIN sub ON sub.id = x.item_id JOIN organizations o ON o.id = x.organization_id AND o.deleted_at IS NULL", "o.name, x.role"),
    relation("r_narratives", "json_build_object('id', n.id, 'title', n.title)",
      "FROM item_narratives x JOIN sub ON sub.id = x.item_id JOIN narratives n ON n.id = x.narrative_id AND n.deleted_at IS NULL", "n.title"),
    relation("r_techniques", "json_build_object('id', d.id, 'name', d.name, 'tactic_id', d.tactic_id)",
      "FROM item_techniques x JOIN sub ON sub.id = x.item_id JOIN disarm_techniques d ON d.id = x.technique_id", "d.id"),
    relation("r_annotations", "json_build_object('id', x.id, 'marker', m.slug, 'marker_name', m.name, 'quote', x.quote, 'start_offset', x.start_offset, 'end_offset', x.end_offset, 'note', x.note)",
      "FROM marker_annotations x JOIN sub ON sub.id = x.item_id JOIN language_markers m ON m.id = x.marker_id WHERE x.deleted_at IS NULL", "x.id"),
  ].join(",\n"));
  const fields = Prisma.raw(`'id', i.id, 'kind', i.kind, 'title', i.title, 'text', i.text, 'original_url', i.original_url,
    'canonical_url', i.canonical_url, 'platform', i.platform, 'platform_raw', i.platform_raw, 'languages', to_json(i.languages), 'languages_detected', i.languages_detected, 'published_at', ${ts("i.published_at")},
    'verdict', i.verdict, 'manipulations', to_json(i.manipulations), 'target_countries', to_json(i.target_countries),
    'file_sha256', i.file_sha256, 'archive_url', i.archive_url, 'notes', i.notes, 'raw_values', i.raw_values, 'first_seen_at', ${ts("i.first_seen_at")},
    'last_seen_at', ${ts("i.last_seen_at")}, 'sighting_count', i.sighting_count, 'created_at', ${ts("i.created_at")},
    'updated_at', ${ts("i.updated_at")},${options.fileOwner ? " 'file_owner', sub.file_owner," : ""}
    'campaigns', coalesce(r_campaigns.v, '[]'::json), 'persons', coalesce(r_persons.v, '[]'::json),
    'organizations', coalesce(r_organizations.v, '[]'::json), 'narratives', coalesce(r_narratives.v, '[]'::json),
    'techniques', coalesce(r_techniques.v, '[]'::json), 'annotations', coalesce(r_annotations.v, '[]'::json),
    'sightings', coalesce(r_sightings.v, '[]'::json)`);
  // The first item of the whole subset with its file hash, not of a slice (item-windows.ts): a lower id with the same
  // hash anywhere in the subset makes it a later one.
  const owner = options.fileOwner
    ? Prisma.sql`, i.file_sha256 IS NULL OR NOT EXISTS (SELECT 1 FROM items j WHERE j.file_sha256 = i.file_sha256 AND j.id < i.id
        AND ${itemFilterSql({ ...filter, itemWindow: undefined }, "j")}) AS file_owner`
    : Prisma.empty;
  return Prisma.sql`WITH sub AS MATERIALIZED (SELECT i.id ${owner} FROM items i WHERE ${itemFilterSql(filter, "i")}),
    ${relations},
    r_sightings AS MATERIALIZED (SELECT x.item_id, json_agg(json_build_object('id', x.id, 'url', x.url, 'platform', x.platform,
      'account', CASE WHEN ac.id IS NULL THEN NULL ELSE json_build_object('id', ac.id, 'platform', ac.platform, 'handle', ac.handle, 'url', ac.url, 'display_name', ac.display_name, 'label', ac.label) END,
      'observed_at', ${Prisma.raw(ts("x.observed_at"))}, 'views', x.views, 'shares', x.shares, 'reactions', x.reactions,
      'audience_country', x.audience_country, 'notes', x.notes, 'archive_url', x.archive_url, 'title', x.title, 'text', x.text,
      'channel', x.channel) ORDER BY x.observed_at, x.id) AS v
      FROM sightings x JOIN sub ON sub.id = x.item_id LEFT JOIN accounts ac ON ac.id = x.account_id
      WHERE x.deleted_at IS NULL ${inRange} GROUP BY x.item_id)
    SELECT json_build_object(${fields})::text
    FROM sub JOIN items i ON i.id = sub.id
      LEFT JOIN r_campaigns ON r_campaigns.item_id = i.id LEFT JOIN r_persons ON r_persons.item_id = i.id
      LEFT JOIN r_organizations ON r_organizations.item_id = i.id LEFT JOIN r_narratives ON r_narratives.item_id = i.id
      LEFT JOIN r_techniques ON r_techniques.item_id = i.id LEFT JOIN r_annotations ON r_annotations.item_id = i.id
      LEFT JOIN r_sightings ON r_sightings.item_id = i.id
    ORDER BY i.id`;
}

export function jsonlFile(session: ReadSession, filter: DatasetFilter, signal?: AbortSignal, windowItems?: number): ExportFile {
  let rows = 0;
  return {
    name: "items.jsonl",
    contentType: "application/x-ndjson; charset=utf-8",
    rows: () => rows,
    async *content() {
      for await (const batch of perItemBatches(session, filter, (f) => jsonlQuery(f), { signal, first: 200, size: 2000, windowItems })) {
        rows += batch.length;
        let text = "";
        for (const [line] of batch) text += `${line}\n`;
        yield Buffer.from(text, "utf8");
      }
    },
  };
}
