import { Prisma } from "../generated/prisma/client";
import {
  CampaignStatus, IngestChannel, ItemKind, LinkStatus, Manipulation, OrganizationKind, PartyRole, ThreatActorKind, Verdict,
} from "../generated/prisma/enums";
import type { DatasetFilter } from "../filters/dataset-filter";
import { itemFilterSql, sightingFilterSql, type WindowedFilter } from "../filters/dataset-filter-sql";
import { formulaSafeSql, type CsvCellMode } from "../csv/formula-cells";
import { col, COUNTRY, LANGUAGE, PLATFORM, type Column } from "./columns";

/**
 * One CSV file per entity of the export. `from` selects the rows that belong to the filtered subset of items —
 * the same `itemFilterSql` as analytics and the graph — and only rows whose references are in the export too, so
 * every id in one file is found in another (no dangling keys for pandas joins).
 */
export interface ExportTable {
  name: string;
  description: string;
  columns: Column[];
  /** Common table expressions the columns and `from` refer to (`WITH …`), when the table needs any. */
  with?(filter: WindowedFilter): Prisma.Sql;
  from(filter: WindowedFilter): Prisma.Sql;
  orderBy: string;
  /**
   * One row of the file per row of this table (its alias in `from`, which ends in a WHERE clause): with most of the
   * table selected, the file may be read in storage order, page range by page range (read-session.ts).
   */
  storage?: { table: string; alias: string };
  /** Every row belongs to one item of the subset and `orderBy` starts with the item id: readable slice by slice of items. */
  perItem?: boolean;
}

/** Heap pages `from` ≤ page < `to` (to the end when `to` is null). */
export interface PageRange {
  from: number;
  to: number | null;
}

const inSubset = (filter: DatasetFilter) => itemFilterSql(filter, "i");
const subsetItem = (filter: DatasetFilter, itemId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM items i WHERE i.id = ${Prisma.raw(itemId)} AND ${inSubset(filter)})`;

export const TABLES: ExportTable[] = [
  {
    name: "items",
    description: "One row per piece of reported content (video, post, image …) in the subset. Row order carries no meaning (a large export is in storage order): sort by id to compare two exports.",
    columns: [
      col.id("i.id", "Item id; items are referred to by this id in every other file"),
      col.enumOf("kind", "i.kind", "Kind of content", ItemKind),
      col.text("title", "i.title", "Title or headline as logged"),
      col.text("text", "i.text", "Body text, transcript or claim"),
      col.text("original_url", "i.original_url", "URL as first reported", "http(s) URL"),
      col.text("canonical_url", "i.canonical_url", "Normalised URL (tracking parameters removed); unique", "http(s) URL"),
      col.text("platform", "i.platform", "Platform the content is hosted on", PLATFORM),
      col.codes("languages", "i.languages", "Languages of the content, the main one first", LANGUAGE),
      col.text("platform_raw", "i.platform_raw", "Platform name as given when it is not in the vocabulary (platform \"other\")"),
      col.time("published_at", "i.published_at", "When the content was published"),
      col.enumOf("verdict", "i.verdict", "Fact-check verdict", Verdict),
      col.codes("manipulations", "i.manipulations::text[]", "Manipulation techniques found", Object.values(Manipulation).join(" | ")),
      col.codes("target_countries", "i.target_countries", "Countries the content targets", COUNTRY),
      col.text("file_sha256", "i.file_sha256", "SHA-256 of the uploaded original file", "64 lower-case hex digits"),
      col.text("archive_url", "i.archive_url", "Archived copy (Wayback Machine, archive.today …)", "http(s) URL"),
      col.text("notes", "i.notes", "Fact-checker's notes"),
      col.json("raw_values", "i.raw_values", "Values an import kept as written because they did not read (an unknown country, a malformed URL)", "JSON object: source column → list of values as written"),
      col.time("first_seen_at", "i.first_seen_at", "Earliest sighting of the item"),
      col.time("last_seen_at", "i.last_seen_at", "Latest sighting of the item"),
      col.int("sighting_count", "i.sighting_count", "Number of sightings of the item (all dates)"),
      col.time("created_at", "i.created_at", "When the item was logged"),
      col.time("updated_at", "i.updated_at", "Last change to the item"),
    ],
    from: (f) => Prisma.sql`FROM items i WHERE ${inSubset(f)}`,
    orderBy: "i.id",
    storage: { table: "items", alias: "i" },
    perItem: true,
  },
  {
    name: "sightings",
    description: "One row per observation of an item (where, when, reach), in the date range of the filter.",
    columns: [
      col.id("s.id", "Sighting id"),
      col.id("s.item_id", "The item seen (items.id)", "item_id"),
      col.text("url", "s.url", "Where it was seen", "http(s) URL"),
      col.text("platform", "s.platform", "Platform where it was seen", PLATFORM),
      { ...col.id("s.account_id", "Account that posted or shared it (accounts.id)", "account_id"), allowed: "UUID; empty when unknown" },
      col.time("observed_at", "s.observed_at", "When it was seen"),
      col.int("views", "s.views", "Views when seen"),
      col.int("shares", "s.shares", "Shares / reposts when seen"),
      col.int("reactions", "s.reactions", "Reactions / likes when seen"),
      col.text("audience_country", "s.audience_country", "Country of the audience where it was seen", COUNTRY),
      col.text("notes", "s.notes", "Notes on the observation"),
      col.text("archive_url", "s.archive_url", "This sighting's own archived copy", "http(s) URL"),
      col.text("title", "s.title", "Title as written where it was seen, when it differs from the item's"),
      col.text("text", "s.text", "Text or claim as written where it was seen, when it differs from the item's"),
      col.enumOf("channel", "s.channel", "How the sighting came in", IngestChannel),
      col.time("created_at", "s.created_at", "When the sighting was logged"),
    ],
    from: (f) => Prisma.sql`FROM sightings s JOIN items i ON i.id = s.item_id WHERE ${sightingFilterSql(f)}`,
    // Each item's sightings together, in time order (and the order slices of items keep).
    orderBy: "s.item_id, s.observed_at, s.id",
    perItem: true,
  },
  {
    name: "campaigns",
    description: "Campaigns that items of the subset are linked to (any link status; see item_campaigns).",
    columns: [
      col.id("c.id", "Campaign id"),
      col.text("slug", "c.slug", "Short stable name used in URLs and filters", "lower-case letters, digits, dashes"),
      col.text("name", "c.name", "Campaign name"),
      col.json("aliases", "to_json(c.aliases)", "Other names", "JSON array of strings"),
      col.text("description", "c.description", "Summary"),
      col.enumOf("status", "c.status", "Whether the campaign is still running", CampaignStatus),
      { ...col.id("c.threat_actor_id", "Attributed threat actor (threat_actors.id)", "threat_actor_id"), allowed: "UUID; empty when unattributed" },
      col.text("origin_country", "c.origin_country", "Country the campaign is run from", COUNTRY),
      col.codes("target_countries", "c.target_countries", "Countries the campaign targets", COUNTRY),
      col.time("first_seen_at", "c.first_seen_at", "Earliest sighting of a confirmed item (all data, not just the subset)"),
      col.time("last_seen_at", "c.last_seen_at", "Latest sighting of a confirmed item (all data)"),
      col.int("item_count", "c.item_count", "Confirmed items (all data)"),
      col.int("sighting_count", "c.sighting_count", "Sightings of confirmed items (all data)"),
    ],
    from: (f) => Prisma.sql`FROM campaigns c WHERE c.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM item_campaigns ic WHERE ic.campaign_id = c.id AND ${subsetItem(f, "ic.item_id")})`,
    orderBy: "c.id",
  },
  {
    name: "item_campaigns",
    description: "Links between items and campaigns, with the confidence, status and reasons behind each.",
    columns: [
      col.id("ic.item_id", "Item (items.id)", "item_id"),
      col.id("ic.campaign_id", "Campaign (campaigns.id)", "campaign_id"),
      col.num("confidence", "ic.confidence", "Confidence that the item belongs to the campaign", "0 to 1"),
      col.enumOf("status", "ic.status", "Whether a person confirmed the link", LinkStatus),
      col.json("reasons", "ic.reasons", "Signals that produced the link", 'JSON array of {"signal","detail"}'),
      col.text("evidence", "ic.evidence", "Evidence noted for the link"),
      col.time("decided_at", "ic.decided_at", "When a person confirmed or rejected the link"),
    ],
    from: (f) => Prisma.sql`FROM item_campaigns ic JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL
      WHERE ${subsetItem(f, "ic.item_id")}`,
    orderBy: "ic.item_id, ic.campaign_id",
    perItem: true,
  },
  {
    name: "threat_actors",
    description: "Who the exported campaigns are attributed to.",
    columns: [
      col.id("t.id", "Threat actor id"),
      col.text("name", "t.name", "Name"),
      col.json("aliases", "to_json(t.aliases)", "Other names", "JSON array of strings"),
      col.enumOf("kind", "t.kind", "Kind of actor", ThreatActorKind),
      col.text("country", "t.country", "Country", COUNTRY),
      col.text("description", "t.description", "Summary"),
    ],
    from: (f) => Prisma.sql`FROM threat_actors t WHERE t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM campaigns c
      WHERE c.threat_actor_id = t.id AND c.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM item_campaigns ic WHERE ic.campaign_id = c.id AND ${subsetItem(f, "ic.item_id")}))`,
    orderBy: "t.id",
  },
  ...partyTables("persons", "item_persons", "person_id", "Real people impersonated, targeted or mentioned by items of the subset.", [
    col.id("p.id", "Person id"),
    col.text("name", "p.name", "Name"),
    col.json("aliases", "to_json(p.aliases)", "Other names and spellings", "JSON array of strings"),
    col.text("description", "p.description", "Who they are"),
    { ...col.id("p.affiliation_id", "Organisation they belong to (organizations.id, when exported)", "affiliation_id"), allowed: "UUID; empty when none" },
    col.text("country", "p.country", "Country", COUNTRY),
    col.text("wikidata_id", "p.wikidata_id", "Wikidata identifier", "Q followed by digits"),
    col.text("url", "p.url", "Reference page", "http(s) URL"),
  ]),
  ...partyTables("organizations", "item_organizations", "organization_id", "Media outlets and other organisations impersonated, targeted or mentioned.", [
    col.id("p.id", "Organisation id"),
    col.text("name", "p.name", "Name"),
    col.enumOf("kind", "p.kind", "Kind of organisation", OrganizationKind),
    col.json("aliases", "to_json(p.aliases)", "Other names", "JSON array of strings"),
    col.text("country", "p.country", "Country", COUNTRY),
    col.text("url", "p.url", "Website", "http(s) URL"),
    col.text("domain", "p.domain", "Web domain", "host name"),
    col.text("description", "p.description", "Summary"),
  ]),
  {
    name: "accounts",
    description: "Platform accounts or channels that posted or shared the exported sightings.",
    columns: [
      col.id("a.id", "Account id"),
      col.text("platform", "a.platform", "Platform", "lower-case platform name"),
      col.text("handle", "a.handle", "Handle or channel name on the platform"),
      col.text("url", "a.url", "Profile URL", "http(s) URL"),
      col.text("display_name", "a.display_name", "Display name"),
      col.text("label", "a.label", "Analyst's label (e.g. amplifier, state media)"),
    ],
    from: (f) => Prisma.sql`FROM accounts a WHERE EXISTS (SELECT 1 FROM sightings s JOIN items i ON i.id = s.item_id
      WHERE s.account_id = a.id AND ${sightingFilterSql(f)})`,
    orderBy: "a.id",
  },
  {
    name: "narratives",
    description: "Claims or storylines pushed by items of the subset.",
    columns: [
      col.id("n.id", "Narrative id"),
      col.text("title", "n.title", "Short title"),
      col.text("claim", "n.claim", "The claim as stated"),
      col.text("language", "n.language", "Language of the claim", LANGUAGE),
    ],
    from: (f) => Prisma.sql`FROM narratives n WHERE n.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM item_narratives x WHERE x.narrative_id = n.id AND ${subsetItem(f, "x.item_id")})`,
    orderBy: "n.id",
  },
  {
    name: "item_narratives",
    description: "Which items push which narratives.",
    columns: [col.id("x.item_id", "Item (items.id)", "item_id"), col.id("x.narrative_id", "Narrative (narratives.id)", "narrative_id")],
    from: (f) => Prisma.sql`FROM item_narratives x JOIN narratives n ON n.id = x.narrative_id AND n.deleted_at IS NULL
      WHERE ${subsetItem(f, "x.item_id")}`,
    orderBy: "x.item_id, x.narrative_id",
    perItem: true,
  },
  {
    name: "item_techniques",
    description: "DISARM Red Framework techniques identified in items (reference: github.com/DISARMFoundation, CC BY-SA 4.0).",
    columns: [
      col.id("x.item_id", "Item (items.id)", "item_id"),
      col.text("technique_id", "x.technique_id", "DISARM technique id", "T followed by 4 digits, optionally .NNN (T0087.001)"),
      col.text("technique_name", "d.name", "DISARM technique name"),
      col.text("tactic_id", "d.tactic_id", "DISARM tactic the technique belongs to", "TA followed by 2 digits (TA06)"),
    ],
    from: (f) => Prisma.sql`FROM item_techniques x JOIN disarm_techniques d ON d.id = x.technique_id WHERE ${subsetItem(f, "x.item_id")}`,
    orderBy: "x.item_id, x.technique_id",
    perItem: true,
  },
  {
    name: "annotations",
    description: "Language markers (turns of phrase, artefacts betraying an origin) annotated on quoted spans of item text.",
    columns: [
      col.id("a.id", "Annotation id"),
      col.id("a.item_id", "Item (items.id)", "item_id"),
      col.text("marker", "m.slug", "Marker (controlled vocabulary)", "marker slug, e.g. russian-syntax-calque"),
      col.text("marker_name", "m.name", "Marker name"),
      col.text("quote", "a.quote", "The quoted span of the item's text"),
      col.int("start_offset", "a.start_offset", "Start of the span in the item's text (characters)"),
      col.int("end_offset", "a.end_offset", "End of the span (exclusive)"),
      col.text("note", "a.note", "Annotator's note"),
      col.time("created_at", "a.created_at", "When it was annotated"),
    ],
    from: (f) => Prisma.sql`FROM marker_annotations a JOIN language_markers m ON m.id = a.marker_id
      WHERE a.deleted_at IS NULL AND ${subsetItem(f, "a.item_id")}`,
    orderBy: "a.item_id, a.id",
    perItem: true,
  },
];

/** An entity table and its link table to items, with the role of each link. */
function partyTables(name: string, linkName: string, key: string, description: string, columns: Column[]): ExportTable[] {
  const table = Prisma.raw(name);
  const link = Prisma.raw(linkName);
  const keyCol = Prisma.raw(`x.${key}`);
  return [
    {
      name,
      description,
      columns,
      from: (f) => Prisma.sql`FROM ${table} p WHERE p.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM ${link} x WHERE ${keyCol} = p.id AND ${subsetItem(f, "x.item_id")})`,
      orderBy: "p.id",
    },
    {
      name: linkName,
      description: `Which items impersonate, target or mention which ${name}.`,
      columns: [
        col.id("x.item_id", "Item (items.id)", "item_id"),
        col.id(`x.${key}`, `${name[0].toUpperCase()}${name.slice(1, -1)} (${name}.id)`, key),
        col.enumOf("role", "x.role", "How the item involves them", PartyRole),
        col.text("note", "x.note", "Note on the link"),
      ],
      from: (f) => Prisma.sql`FROM ${link} x JOIN ${table} p ON p.id = ${keyCol} AND p.deleted_at IS NULL
        WHERE ${subsetItem(f, "x.item_id")}`,
      orderBy: `x.item_id, x.${key}, x.role`,
      perItem: true,
    },
  ];
}

/**
 * SELECT of one table for the filter, every column as text; in `orderBy` order, or — given a page range of its
 * storage table — that range's rows in storage order (a TID range scan reads only those pages).
 */
/**
 * The table's SELECT. With `cells` "safe" (the default) PostgreSQL itself neutralises spreadsheet formulas in the
 * free-text columns (lib/csv/formula-cells.ts), so the COPY path stays JavaScript-free per cell.
 */
export function tableQuery(table: ExportTable, filter: WindowedFilter, pages?: PageRange, cells: CsvCellMode = "safe"): Prisma.Sql {
  const cell = (c: Column) => (cells === "safe" && c.type === "string" ? formulaSafeSql(c.sql) : c.sql);
  const select = Prisma.raw(table.columns.map((c) => `${cell(c)} AS "${c.name}"`).join(", "));
  const head = Prisma.sql`${table.with?.(filter) ?? Prisma.empty} SELECT ${select} ${table.from(filter)}`;
  if (!pages) return Prisma.sql`${head} ORDER BY ${Prisma.raw(table.orderBy)}`;
  if (!table.storage) throw new Error(`${table.name}: no storage table to read by page range`);
  const ctid = `${table.storage.alias}.ctid`;
  const to = pages.to === null ? "" : ` AND ${ctid} < '(${pages.to},0)'::tid`;
  return Prisma.sql`${head} AND ${Prisma.raw(`${ctid} >= '(${pages.from},0)'::tid${to}`)}`;
}
