import { Prisma } from "../../generated/prisma/client";
import type { FillableItem } from "../item-facts";
import type { PreparedRow, Tx } from "./types";

export interface KnownItem extends FillableItem {
  id: string;
  deleted: boolean;
  targetCountries: string[];
  manipulations: string[];
}

/** Everything the batch must know before it writes: one query per kind, whatever the batch size. */
export interface Lookups {
  byUrl: Map<string, KnownItem>;
  bySha: Map<string, KnownItem>;
  liveItemIds: Set<string>;
  livePersonIds: Set<string>;
  liveOrganizationIds: Set<string>;
  liveAccountIds: Set<string>;
  /** Marker reference (id, slug, or lower-cased name) → marker id. */
  markers: Map<string, string>;
  /** Campaign slug → id (live campaigns only). */
  campaigns: Map<string, string>;
}

type ItemRow = {
  id: string; canonical_url: string | null; file_sha256: string | null; deleted: boolean; target_countries: string[]; manipulations: string[];
  title: string | null; text: string | null; published_at: Date | null; archive_url: string | null; notes: string | null;
  languages: string[]; languages_detected: boolean; platform: string | null; platform_raw: string | null;
};

export async function lookUp(tx: Tx, rows: readonly PreparedRow[]): Promise<Lookups> {
  const items = rows.flatMap((r) => (r.item ? [r.item] : []));
  const urls = unique(rows.flatMap((r) => (r.urls.item ? [r.urls.item.canonical] : [])));
  const shas = unique(items.flatMap((i) => (i.fileSha256 ? [i.fileSha256] : [])));
  // The fields a merge may fill come along: a row landing on a known item fills its empty ones (see fillEmptyFields).
  const columns = Prisma.sql`i.id::text, i.canonical_url, i.file_sha256, i.deleted_at IS NOT NULL AS deleted, i.target_countries,
    i.manipulations::text[], i.title, i.text, i.published_at, i.archive_url, i.notes, i.languages, i.languages_detected, i.platform,
    i.platform_raw`;
  // Joins on unnest, not "= ANY(array)": on a table growing during an import the statistics lag, and a sequential
  // scan comparing every row with a 1000-element array grew quadratically (6 s per batch at 10k items, measured).
  // Deleted items count for the URL (the column is unique; a re-log must lead to a restore), not for the hash.
  // pg_trgm's GIN index on canonical_url also serves "=", and the planner may pick it; during an import its pending
  // list is large (GIN maintenance is deferred) and every probe scans the whole list — 8 s for one batch, measured.
  // GIN only does bitmap scans: turning those off for this one query keeps it on the unique btree.
  let byUrl: ItemRow[] = [];
  if (urls.length) {
    await tx.$queryRaw`SELECT set_config('enable_bitmapscan', 'off', true)`;
    byUrl = await tx.$queryRaw<ItemRow[]>(Prisma.sql`SELECT ${columns} FROM unnest(${urls}::text[]) AS u(url) JOIN items i ON i.canonical_url = u.url`);
    await tx.$queryRaw`SELECT set_config('enable_bitmapscan', 'on', true)`;
  }
  const bySha = shas.length
    ? await tx.$queryRaw<ItemRow[]>(Prisma.sql`SELECT DISTINCT ON (i.file_sha256) ${columns} FROM unnest(${shas}::text[]) AS u(sha)
        JOIN items i ON i.file_sha256 = u.sha WHERE i.deleted_at IS NULL ORDER BY i.file_sha256, i.created_at`)
    : [];
  const known = (r: ItemRow): KnownItem => ({
    id: r.id, deleted: r.deleted, targetCountries: r.target_countries, manipulations: r.manipulations, title: r.title, text: r.text,
    publishedAt: r.published_at, archiveUrl: r.archive_url, notes: r.notes, languages: r.languages ?? [],
    languagesDetected: r.languages_detected, platform: r.platform, platformRaw: r.platform_raw, fileSha256: r.file_sha256,
  });

  const ids = (values: (string | undefined)[]) => unique(values.filter((v): v is string => Boolean(v)));
  const live = async (table: "items" | "persons" | "organizations" | "accounts", wanted: string[]) => {
    if (!wanted.length) return new Set<string>();
    const found = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT t.id::text FROM unnest(${wanted}::uuid[]) AS u(id) JOIN ${Prisma.raw(table)} t ON t.id = u.id WHERE t.deleted_at IS NULL`);
    return new Set(found.map((f) => f.id));
  };
  const markerRefs = unique(items.flatMap((i) => i.annotations.map((a) => a.marker)));
  const slugs = unique(items.flatMap((i) => (i.campaign ? [i.campaign] : [])));
  return {
    byUrl: new Map(byUrl.map((r) => [r.canonical_url!, known(r)])),
    bySha: new Map(bySha.map((r) => [r.file_sha256!, known(r)])),
    liveItemIds: await live("items", ids(rows.map((r) => r.row.input.itemId))),
    livePersonIds: await live("persons", ids(items.flatMap((i) => i.persons.map((p) => p.id)))),
    liveOrganizationIds: await live("organizations", ids(items.flatMap((i) => i.organizations.map((o) => o.id)))),
    liveAccountIds: await live("accounts", ids(rows.map((r) => r.row.input.sighting.account?.id))),
    markers: await lookUpMarkers(tx, markerRefs),
    campaigns: await lookUpCampaigns(tx, slugs),
  };
}

const UUID = /^[0-9a-f-]{36}$/i;

/** As resolveMarkers: a UUID-shaped ref matches id or slug; anything else slug or (case-insensitive) name. */
async function lookUpMarkers(tx: Tx, refs: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!refs.length) return out;
  const lower = refs.map((r) => r.toLowerCase());
  const uuids = refs.filter((r) => UUID.test(r));
  const rows = await tx.$queryRaw<{ id: string; slug: string; name: string }[]>(Prisma.sql`
    SELECT id::text, slug, name FROM language_markers
    WHERE deleted_at IS NULL AND (slug = ANY(${refs}::text[]) OR lower(name) = ANY(${lower}::text[]) OR id::text = ANY(${uuids}::text[]))`);
  for (const ref of refs) {
    const isUuid = UUID.test(ref);
    const hit = isUuid
      ? rows.find((m) => m.id === ref.toLowerCase() || m.slug === ref)
      : (rows.find((m) => m.slug === ref) ?? rows.find((m) => m.name.toLowerCase() === ref.toLowerCase()));
    if (hit) out.set(ref, hit.id);
  }
  return out;
}

async function lookUpCampaigns(tx: Tx, slugs: string[]): Promise<Map<string, string>> {
  if (!slugs.length) return new Map();
  const rows = await tx.$queryRaw<{ id: string; slug: string }[]>(Prisma.sql`
    SELECT id::text, slug FROM campaigns WHERE slug = ANY(${slugs}::text[]) AND deleted_at IS NULL`);
  return new Map(rows.map((r) => [r.slug, r.id]));
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
