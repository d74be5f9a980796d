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

  if (canonical) {
    const rows = await prisma.$queryRaw<Candidate[]>(Prisma.sql`
      SELECT ${columns} FROM items i
      WHERE i.deleted_at IS NULL AND (i.canonical_url = ${canonical}
        OR i.id IN (SELECT s.item_id FROM sightings s WHERE s.canonical_url = ${canonical} AND s.deleted_at IS NULL))
      LIMIT ${limit}`);
    for (const row of rows) add(row, "same_url", 1);
  }
  if (sha) {
    const rows = await prisma.$queryRaw<Candidate[]>(Prisma.sql`
      SELECT ${columns} FROM items i
      WHERE i.deleted_at IS NULL AND (i.file_sha256 = ${sha}
        OR i.id IN (SELECT e.item_id FROM evidence_files e WHERE e.sha256 = ${sha} AND e.deleted_at IS NULL))
      LIMIT ${limit}`);
    for (const row of rows) add(row, "same_file", 1);
  }
  if (fingerprint && bands.length) {
    const rows = await prisma.$queryRaw<Candidate[]>(Prisma.sql`
      SELECT ${columns} FROM items i
      WHERE i.deleted_at IS NULL AND i.lsh_bands && ${bands}::int4[]
      LIMIT 200`);
    for (const row of rows) {
      const score = estimateJaccard(fingerprint.minhash, row.text_minhash);
      if (score >= NEAR_DUPLICATE_THRESHOLD) add(row, "near_identical_text", score);
    }
  }
  return [...matches.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || b.score - a.score || b.sightingCount - a.sightingCount)
    .slice(0, limit);
}
