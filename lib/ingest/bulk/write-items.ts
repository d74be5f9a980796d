import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import type { PlannedRow, Target, Tx } from "./types";

/** Thrown when a URL the batch meant to create was created meanwhile by another writer: retry the batch. */
export class BulkRaceError extends Error {
  constructor(readonly urls: string[]) {
    super(`${urls.length} item URL(s) were created concurrently; the batch must be retried`);
    this.name = "BulkRaceError";
  }
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const pgArray = (values: readonly (string | number)[]) => `{${values.join(",")}}`;

/**
 * Inserts the batch's new items in one statement. Their derived columns (first/last seen, sighting count) are
 * written with the row from the batch's own sightings: updating them afterwards would rewrite every GIN entry of
 * the item, since those columns are indexed (no HOT update). ON CONFLICT (canonical_url) DO NOTHING keeps a race
 * with another writer from failing the statement; the missing ids are then reported as a BulkRaceError, and the
 * retried batch finds those items among the known ones and merges into them.
 */
export async function insertItems(tx: Tx, targets: readonly Target[], rows: readonly PlannedRow[], actor: Actor): Promise<void> {
  if (!targets.length) return;
  const seen = new Map<string, { first: Date; last: Date; n: number }>();
  for (const r of rows) {
    if (!r.target.isNew) continue;
    const at = r.prepared.row.input.sighting.observedAt;
    const s = seen.get(r.target.id);
    if (!s) seen.set(r.target.id, { first: at, last: at, n: 1 });
    else {
      if (at < s.first) s.first = at;
      if (at > s.last) s.last = at;
      s.n++;
    }
  }
  const col = <T>(f: (t: Target, i: NonNullable<PlannedRow["prepared"]["item"]>, r: PlannedRow) => T) =>
    targets.map((t) => f(t, t.creator!.prepared.item!, t.creator!));
  const createdBy = actor.kind === "system" ? null : actor.userId;
  const inserted = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    INSERT INTO items (id, kind, title, text, original_url, canonical_url, platform, language, published_at, verdict, manipulations,
      target_countries, file_sha256, text_minhash, lsh_bands, archive_url, notes, created_by_id, first_seen_at, last_seen_at, sighting_count, version)
    SELECT u.id, u.kind::"ItemKind", u.title, u.text, u.original, u.canonical, u.platform, u.language, u.published, u.verdict::"Verdict",
      string_to_array(u.manipulations, ',')::"Manipulation"[], string_to_array(u.countries, ','), u.sha, u.minhash::int4[], u.bands::int4[],
      u.archive, u.notes, ${createdBy}::uuid, u.first_seen, u.last_seen, u.seen, u.version
    FROM unnest(${col((t) => t.id)}::uuid[], ${col((_, i) => i.kind)}::text[], ${col((_, i) => i.title ?? null)}::text[],
      ${col((_, i) => i.text ?? null)}::text[], ${col((_, __, r) => r.prepared.urls.item?.original ?? null)}::text[],
      ${col((_, __, r) => r.prepared.urls.item?.canonical ?? null)}::text[],
      ${col((_, i, r) => i.platform ?? r.prepared.urls.item?.platform ?? null)}::text[], ${col((_, i) => i.language ?? null)}::text[],
      ${col((_, i) => iso(i.publishedAt))}::timestamptz[], ${col((_, i) => i.verdict)}::text[],
      ${col((t) => t.manipulations.join(","))}::text[], ${col((t) => t.targetCountries.join(","))}::text[],
      ${col((_, i) => i.fileSha256 ?? null)}::text[], ${col((t) => pgArray(t.fingerprint!.minhash))}::text[],
      ${col((t) => pgArray(t.fingerprint!.bands))}::text[], ${col((_, i) => i.archiveUrl ?? null)}::text[], ${col((_, i) => i.notes ?? null)}::text[],
      ${col((t) => iso(seen.get(t.id)!.first))}::timestamptz[], ${col((t) => iso(seen.get(t.id)!.last))}::timestamptz[],
      ${col((t) => seen.get(t.id)!.n)}::int[], ${col((t) => 1 + t.grew)}::int[])
      AS u(id, kind, title, text, original, canonical, platform, language, published, verdict, manipulations, countries, sha, minhash, bands,
        archive, notes, first_seen, last_seen, seen, version)
    ON CONFLICT (canonical_url) DO NOTHING
    RETURNING id::text`);
  if (inserted.length < targets.length) {
    const ok = new Set(inserted.map((r) => r.id));
    throw new BulkRaceError(targets.filter((t) => !ok.has(t.id)).map((t) => t.creator!.prepared.urls.item?.canonical ?? t.id));
  }
}

/** Known items whose target countries or manipulations grew: one UPDATE, the version bumped once per growing merge. */
export async function updateMergedItems(tx: Tx, targets: readonly Target[]): Promise<void> {
  const grown = targets.filter((t) => !t.isNew && t.grew > 0);
  if (!grown.length) return;
  await tx.$executeRaw(Prisma.sql`
    UPDATE items AS i SET target_countries = string_to_array(u.countries, ','),
      manipulations = string_to_array(u.manipulations, ',')::"Manipulation"[], version = i.version + u.grew, updated_at = now()
    FROM unnest(${grown.map((t) => t.id)}::uuid[], ${grown.map((t) => t.targetCountries.join(","))}::text[],
      ${grown.map((t) => t.manipulations.join(","))}::text[], ${grown.map((t) => t.grew)}::int[]) AS u(id, countries, manipulations, grew)
    WHERE i.id = u.id`);
}
