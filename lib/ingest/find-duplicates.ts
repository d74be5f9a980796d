import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { estimateJaccard, NEAR_DUPLICATE_THRESHOLD } from "../text/minhash";
import { canonicalOrNull, textFingerprint } from "./fingerprint";

export type DuplicateReason = "same_url" | "same_file" | "near_identical_text";

export interface DuplicateMatch {
  itemId: string;
  title: string | null;
  kind: string;
  canonicalUrl: string | null;
  sightingCount: number;
  reasons: DuplicateReason[];
  /** 1 for exact URL/file matches; the estimated Jaccard similarity for text. */
  score: number;
}

export interface DuplicateQuery {
  url?: string | null;
  fileSha256?: string | null;
  title?: string | null;
  text?: string | null;
  limit?: number;
}

/** At most this many band-sharing candidates are ranked per query (see the text lookup). */
const CANDIDATE_CAP = 200;

type Candidate = { id: string; title: string | null; kind: string; canonical_url: string | null; sighting_count: number; text_minhash: number[] };

/**
 * Known items that a new sighting may be a copy of: the same canonical URL (on the item or any of its
 * sightings), the same uploaded-file SHA-256, or near-identical text (LSH candidates from the GIN index on
 * lsh_bands, verified by estimated Jaccard ≥ NEAR_DUPLICATE_THRESHOLD). A malformed URL is ignored here: the
 * duplicate panel runs while the person is still typing.
 */
export async function findDuplicates(prisma: PrismaClient, query: DuplicateQuery): Promise<DuplicateMatch[]> {
  const limit = query.limit ?? 10;
  let canonical: string | null = null;
  try {
    canonical = canonicalOrNull(query.url)?.canonical ?? null;
  } catch {
    canonical = null;
  }
  const sha = query.fileSha256 && /^[0-9a-f]{64}$/i.test(query.fileSha256) ? query.fileSha256.toLowerCase() : null;
  const fingerprint = query.title || query.text ? textFingerprint(query.title, query.text) : null;
  const bands = fingerprint?.bands ?? [];

  const matches = new Map<string, DuplicateMatch>();
  const add = (row: Candidate, reason: DuplicateReason, score: number) => {
    const existing = matches.get(row.id);
    if (existing) {
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      existing.score = Math.max(existing.score, score);
      return;
    }
    matches.set(row.id, {
      itemId: row.id,
      title: row.title,
      kind: row.kind,
      canonicalUrl: row.canonical_url,
      sightingCount: row.sighting_count,
      reasons: [reason],
      score,
    });
  };
  const columns = Prisma.sql`i.id, i.title, i.kind::text AS kind, i.canonical_url, i.sighting_count, i.text_minhash`;

  // The three lookups are independent: run them at once (the pool gives each its own connection).
  const [byUrl, byFile, byText] = await Promise.all([
    canonical ? prisma.$queryRaw<Candidate[]>(Prisma.sql`
      SELECT ${columns} FROM items i WHERE i.deleted_at IS NULL AND i.canonical_url = ${canonical}
      UNION
      SELECT ${columns} FROM items i JOIN sightings s ON s.item_id = i.id
      WHERE i.deleted_at IS NULL AND s.canonical_url = ${canonical} AND s.deleted_at IS NULL
      LIMIT ${limit}`) : [],
    sha ? prisma.$queryRaw<Candidate[]>(Prisma.sql`
      SELECT ${columns} FROM items i WHERE i.deleted_at IS NULL AND i.file_sha256 = ${sha}
      UNION
      SELECT ${columns} FROM items i JOIN evidence_files e ON e.item_id = i.id
      WHERE i.deleted_at IS NULL AND e.sha256 = ${sha} AND e.deleted_at IS NULL
      LIMIT ${limit}`) : [],
    // Candidates sharing a band, ranked by how many bands they share; only the best few are fetched whole and
    // verified in JS. MATERIALIZED keeps the planner on the GIN index: with the LIMIT directly on the && filter it
    // expected thousands of hits and chose a sequential scan (2 s on 100k items when fewer than the limit match).
    // The cap (a LIMIT over the CTE, which is read lazily, so the GIN plan stays) bounds the heap visits when a
    // template-like text shares bands with thousands of items (a campaign's copies are near-identical to each
    // other, so any few hundred of them hold the best matches).
    fingerprint && bands.length ? prisma.$queryRaw<Candidate[]>(Prisma.sql`
      WITH hits AS MATERIALIZED (SELECT id, lsh_bands FROM items WHERE lsh_bands && ${bands}::int4[] AND deleted_at IS NULL),
        c AS (SELECT * FROM hits LIMIT ${CANDIDATE_CAP}),
        top AS (SELECT id FROM c ORDER BY (SELECT count(*) FROM unnest(c.lsh_bands) b WHERE b = ANY(${bands}::int4[])) DESC
          LIMIT ${Math.max(limit * 2, 20)})
      SELECT ${columns} FROM top JOIN items i ON i.id = top.id`) : [],
  ]);
  for (const row of byUrl) add(row, "same_url", 1);
  for (const row of byFile) add(row, "same_file", 1);
  for (const row of byText) {
    const score = estimateJaccard(fingerprint!.minhash, row.text_minhash);
    if (score >= NEAR_DUPLICATE_THRESHOLD) add(row, "near_identical_text", score);
  }
  return [...matches.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || b.score - a.score || b.sightingCount - a.sightingCount)
    .slice(0, limit);
}
