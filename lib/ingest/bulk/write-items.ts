import { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import { textFingerprint } from "../fingerprint";
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
  const seen = observedRange(rows.filter((r) => r.target.isNew));
  const col = <T>(f: (t: Target, i: NonNullable<PlannedRow["prepared"]["item"]>, r: PlannedRow) => T) =>
    targets.map((t) => f(t, t.creator!.prepared.item!, t.creator!));
  // `current` holds what later rows of the batch filled in (an empty title, a language …); the text fingerprint
  // follows when they filled the title or text.
  const stored = (t: Target) => t.current!;
  const fingerprintOf = (t: Target, i: NonNullable<PlannedRow["prepared"]["item"]>) =>
    stored(t).title === (i.title ?? null) && stored(t).text === (i.text ?? null)
      ? t.fingerprint!
      : textFingerprint(stored(t).title, stored(t).text);
  const fingerprints = col((t, i) => fingerprintOf(t, i));
  const createdBy = actor.kind === "system" ? null : actor.userId;
  const inserted = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
    INSERT INTO items (id, kind, title, text, original_url, canonical_url, platform, platform_raw, languages, languages_detected, published_at,
      verdict, manipulations, target_countries, file_sha256, text_minhash, lsh_bands, archive_url, notes, created_by_id, first_seen_at,
      last_seen_at, sighting_count, version)
    SELECT u.id, u.kind::"ItemKind", u.title, u.text, u.original, u.canonical, u.platform, u.platform_raw,
      coalesce(string_to_array(u.languages, ','), '{}'), u.detected, u.published, u.verdict::"Verdict",
      string_to_array(u.manipulations, ',')::"Manipulation"[], string_to_array(u.countries, ','), u.sha, u.minhash::int4[], u.bands::int4[],
      u.archive, u.notes, ${createdBy}::uuid, u.first_seen, u.last_seen, u.seen, u.version
    FROM unnest(${col((t) => t.id)}::uuid[], ${col((t) => t.facts!.kind)}::text[], ${col((t) => stored(t).title)}::text[],
      ${col((t) => stored(t).text)}::text[], ${col((_, __, r) => r.prepared.urls.item?.original ?? null)}::text[],
      ${col((_, __, r) => r.prepared.urls.item?.canonical ?? null)}::text[],
      ${col((t) => stored(t).platform)}::text[], ${col((t) => stored(t).platformRaw)}::text[],
      ${col((t) => stored(t).languages.join(","))}::text[], ${col((t) => stored(t).languagesDetected)}::boolean[],
      ${col((t) => iso(stored(t).publishedAt))}::timestamptz[], ${col((_, i) => i.verdict)}::text[],
      ${col((t) => t.manipulations.join(","))}::text[], ${col((t) => t.targetCountries.join(","))}::text[],
      ${col((t) => stored(t).fileSha256)}::text[], ${fingerprints.map((f) => pgArray(f.minhash))}::text[],
      ${fingerprints.map((f) => pgArray(f.bands))}::text[], ${col((t) => stored(t).archiveUrl)}::text[], ${col((t) => stored(t).notes)}::text[],
      ${col((t) => iso(seen.get(t)!.first))}::timestamptz[], ${col((t) => iso(seen.get(t)!.last))}::timestamptz[],
      ${col((t) => seen.get(t)!.n)}::int[], ${col((t) => 1 + t.grew)}::int[])
      AS u(id, kind, title, text, original, canonical, platform, platform_raw, languages, detected, published, verdict, manipulations, countries,
        sha, minhash, bands, archive, notes, first_seen, last_seen, seen, version)
    ON CONFLICT (canonical_url) DO NOTHING
    RETURNING id::text`);
  if (inserted.length < targets.length) {
    const ok = new Set(inserted.map((r) => r.id));
    throw new BulkRaceError(targets.filter((t) => !ok.has(t.id)).map((t) => t.creator!.prepared.urls.item?.canonical ?? t.id));
  }
}

/**
 * Every known item the batch touches, in ONE update: the arrays its merges grew (version bumped once per growing
 * merge, as mergeIntoItem does) and its derived columns moved on by the batch's sightings (earliest, latest,
 * count). Those columns are indexed, so each update rewrites all of the item's index entries — GIN included;
 * updating the arrays and then refreshing the derived columns separately wrote every merged item twice.
 * The caller still runs refreshDerivedColumns over these items (for their campaigns); it finds them up to date.
 */
export async function updateKnownItems(tx: Tx, rows: readonly PlannedRow[]): Promise<void> {
  const seen = observedRange(rows.filter((r) => !r.target.isNew));
  if (!seen.size) return;
  const targets = [...seen.keys()];
  const range = targets.map((t) => seen.get(t)!);
  const fill = targets.map((t) => t.fill);
  // Filled title or text: the item's fingerprint follows (near-duplicate detection reads it).
  const fingerprints = targets.map((t) =>
    t.fill.title !== undefined || t.fill.text !== undefined ? textFingerprint(t.current!.title, t.current!.text) : null,
  );
  // Fills only ever set empty fields (coalesce keeps a value another writer stored meanwhile); languages are
  // replaced only where the plan decided (empty, or only detected and the row gives some).
  await tx.$executeRaw(Prisma.sql`
    UPDATE items AS i SET
      target_countries = CASE WHEN u.grew > 0 THEN string_to_array(u.countries, ',') ELSE i.target_countries END,
      manipulations = CASE WHEN u.grew > 0 THEN string_to_array(u.manipulations, ',')::"Manipulation"[] ELSE i.manipulations END,
      title = coalesce(i.title, u.title), text = coalesce(i.text, u.text), published_at = coalesce(i.published_at, u.published),
      archive_url = coalesce(i.archive_url, u.archive), notes = coalesce(i.notes, u.notes), file_sha256 = coalesce(i.file_sha256, u.sha),
      platform_raw = CASE WHEN i.platform IS NULL THEN u.platform_raw ELSE i.platform_raw END, platform = coalesce(i.platform, u.platform),
      languages = CASE WHEN u.languages IS NULL THEN i.languages ELSE string_to_array(u.languages, ',') END,
      languages_detected = coalesce(u.detected, i.languages_detected),
      text_minhash = coalesce(u.minhash::int4[], i.text_minhash), lsh_bands = coalesce(u.bands::int4[], i.lsh_bands),
      version = i.version + u.grew,
      updated_at = CASE WHEN u.grew > 0 THEN now() ELSE i.updated_at END,
      first_seen_at = LEAST(i.first_seen_at, u.first_seen), last_seen_at = GREATEST(i.last_seen_at, u.last_seen),
      sighting_count = i.sighting_count + u.seen
    FROM unnest(${targets.map((t) => t.id)}::uuid[], ${targets.map((t) => t.targetCountries.join(","))}::text[],
      ${targets.map((t) => t.manipulations.join(","))}::text[], ${targets.map((t) => t.grew)}::int[],
      ${range.map((s) => iso(s.first))}::timestamptz[], ${range.map((s) => iso(s.last))}::timestamptz[], ${range.map((s) => s.n)}::int[],
      ${fill.map((f) => f.title ?? null)}::text[], ${fill.map((f) => f.text ?? null)}::text[], ${fill.map((f) => iso(f.publishedAt))}::timestamptz[],
      ${fill.map((f) => f.archiveUrl ?? null)}::text[], ${fill.map((f) => f.notes ?? null)}::text[], ${fill.map((f) => f.fileSha256 ?? null)}::text[],
      ${fill.map((f) => f.platform ?? null)}::text[], ${fill.map((f) => f.platformRaw ?? null)}::text[],
      ${fill.map((f) => f.languages?.join(",") ?? null)}::text[], ${fill.map((f) => f.languagesDetected ?? null)}::boolean[],
      ${fingerprints.map((f) => (f ? pgArray(f.minhash) : null))}::text[], ${fingerprints.map((f) => (f ? pgArray(f.bands) : null))}::text[])
      AS u(id, countries, manipulations, grew, first_seen, last_seen, seen, title, text, published, archive, notes, sha, platform, platform_raw,
        languages, detected, minhash, bands)
    WHERE i.id = u.id`);
}

/** Earliest and latest observation and the number of sightings each target gets from these rows. */
function observedRange(rows: readonly PlannedRow[]): Map<Target, { first: Date; last: Date; n: number }> {
  const seen = new Map<Target, { first: Date; last: Date; n: number }>();
  for (const r of rows) {
    const at = r.prepared.row.input.sighting.observedAt;
    const s = seen.get(r.target);
    if (!s) seen.set(r.target, { first: at, last: at, n: 1 });
    else {
      if (at < s.first) s.first = at;
      if (at > s.last) s.last = at;
      s.n++;
    }
  }
  return seen;
}
