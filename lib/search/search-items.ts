import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { canonicaliseUrl } from "../urls/canonical-url";
import type { SearchHit } from "./schemas";
import { HEADLINE_FROM, HEADLINE_TO, MARK_END, MARK_START, hasHit, highlightTerms, segmentsFromMarked } from "./segments";
import { tsquerySql } from "./text-search";
import { TITLE_SIMILARITY, termPatterns, withTrigramThreshold } from "./trigram";

/**
 * Full-text matches ranked per query. A word like "Europa" matches a fifth of 100k items, and ranking every match
 * costs ~200 ms; the first CANDIDATES matches off the GIN index are ranked instead (a few ms). Exact URL and title
 * matches are found separately, so they always rank first however common the words are.
 */
const FTS_CANDIDATES = 200;
const TRIGRAM_CANDIDATES = 50;
/**
 * A long partial URL shares most trigrams with every URL of its host ("…sightline.test/1-100000/x/web/566"): the
 * GIN scan intersecting all of them took 70 ms. Its last characters are what set it apart, so the index is asked
 * for those alone and the whole pattern is checked on what comes back (3 ms).
 */
const URL_TAIL_CHARS = 12;
const URL_TAIL_CANDIDATES = 500;

function urlTailPattern(q: string): string {
  const tail = [...q].slice(-URL_TAIL_CHARS).join("");
  return termPatterns(tail).contains;
}
/** ts_headline reads the whole document; a transcript is cut here first (a match further in shows the start). */
const HEADLINE_CHARS = 4000;

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=22, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

interface Row {
  id: string;
  kind: string;
  title: string | null;
  canonicalUrl: string | null;
  platform: string | null;
  languages: string[];
  verdict: string;
  titleMarked: string | null;
  snippetMarked: string | null;
  urlMatched: boolean;
}

function exactUrlOf(q: string): string | null {
  if (!/[./]/.test(q) || /\s/.test(q)) return null;
  try {
    return canonicaliseUrl(q).canonical;
  } catch {
    return null;
  }
}

/**
 * Items by full text (every language's stemmed forms and the unstemmed words), by trigram word similarity on the
 * title (typos) and by substring of the canonical URL (a partial URL). Rank: the exact canonical URL, then an exact
 * title, then text rank (ts_rank: title words weigh more; cheaper than ts_rank_cd at equal order here) or, for items
 * found by the title's trigrams alone, that similarity; plus a URL substring match.
 */
export async function searchItems(q: string, limit: number, client: PrismaClient): Promise<SearchHit[]> {
  const rows = await withTrigramThreshold(client, TITLE_SIMILARITY, client.$queryRaw<Row[]>(searchItemsSql(q, limit)), {
    indexesOnly: true,
  });
  return rows.map((row) => toHit(row, q));
}

/** The query itself, apart so that bench and tests can EXPLAIN it. */
export function searchItemsSql(q: string, limit: number): Prisma.Sql {
  const t = termPatterns(q);
  const exactUrl = exactUrlOf(q);
  const forHeadline = (column: Prisma.Sql) => Prisma.sql`translate(${column}, ${HEADLINE_FROM}, ${HEADLINE_TO})`;
  // Title similarity is the typo fallback: it runs only when the words themselves found (almost) nothing.
  const trigramCandidates = t.trigram
    ? Prisma.sql`
      UNION (SELECT u.id FROM (
        SELECT i.id, i.canonical_url FROM items i WHERE i.canonical_url ILIKE ${urlTailPattern(q)} AND i.deleted_at IS NULL
        LIMIT ${URL_TAIL_CANDIDATES} OFFSET 0) u
        WHERE u.canonical_url ILIKE ${t.contains} LIMIT ${TRIGRAM_CANDIDATES})
      UNION (SELECT i.id FROM items i WHERE (SELECT count(*) FROM fts) < ${limit} AND ${q} <% i.title AND i.deleted_at IS NULL
             LIMIT ${TRIGRAM_CANDIDATES})`
    : Prisma.empty;
  return Prisma.sql`
    WITH tq AS MATERIALIZED (SELECT ${tsquerySql(q)} AS query),
    fts AS MATERIALIZED (
      SELECT i.id FROM items i, tq WHERE i.search_vector @@ tq.query AND i.deleted_at IS NULL LIMIT ${FTS_CANDIDATES}
    ),
    candidates AS MATERIALIZED (
      SELECT id FROM fts
      UNION (SELECT i.id FROM items i WHERE i.canonical_url = ${exactUrl}::text AND i.deleted_at IS NULL)
      UNION (SELECT i.id FROM items i WHERE i.title = ${q} AND i.deleted_at IS NULL LIMIT ${limit})
      ${trigramCandidates}
    ),
    ranked AS (
      SELECT i.id, i.title, i.text, i.languages, i.canonical_url, i.kind, i.platform, i.verdict, i.last_seen_at,
        i.canonical_url ILIKE ${t.contains} AS url_matched,
        (CASE WHEN i.canonical_url = ${exactUrl}::text THEN 4 ELSE 0 END
          + CASE WHEN i.title = ${q} THEN 2 ELSE 0 END
          + CASE WHEN i.search_vector @@ tq.query THEN ts_rank(i.search_vector, tq.query, 32)
              ELSE 0.5 * word_similarity(${q}, coalesce(i.title, '')) END
          + CASE WHEN i.canonical_url ILIKE ${t.contains}
              THEN 0.5 + 0.5 * length(${q})::float / greatest(length(i.canonical_url), 1) ELSE 0 END) AS score
      FROM candidates JOIN items i ON i.id = candidates.id, tq
      ORDER BY score DESC, i.last_seen_at DESC NULLS LAST, i.id
      LIMIT ${limit}
    )
    SELECT r.id, r.kind::text AS kind, left(r.title, 300) AS title, r.canonical_url AS "canonicalUrl", r.platform,
      r.languages, r.verdict::text AS verdict, r.url_matched AS "urlMatched",
      ts_headline(sightline_ts_config(r.languages[1]), ${forHeadline(Prisma.sql`left(r.title, 300)`)}, tq.query, ${TITLE_OPTIONS}) AS "titleMarked",
      ts_headline(sightline_ts_config(r.languages[1]), ${forHeadline(Prisma.sql`left(r.text, ${HEADLINE_CHARS})`)}, tq.query, ${HEADLINE_OPTIONS})
        AS "snippetMarked"
    FROM ranked r, tq
    ORDER BY r.score DESC, r.last_seen_at DESC NULLS LAST, r.id`;
}

function toHit(row: Row, q: string): SearchHit {
  const textSnippet = row.snippetMarked ? segmentsFromMarked(row.snippetMarked) : null;
  const urlSnippet = row.urlMatched && row.canonicalUrl ? highlightTerms(row.canonicalUrl, q) : null;
  let label = row.titleMarked ? segmentsFromMarked(row.titleMarked) : [];
  if (!hasHit(label) && row.title) label = highlightTerms(row.title, q);
  if (label.length === 0) label = [{ text: row.canonicalUrl ?? `Untitled ${row.kind}`, hit: false }];
  return {
    type: "item",
    id: row.id,
    href: `/items/${row.id}`,
    label,
    snippet: hasHit(textSnippet) || !urlSnippet ? (textSnippet?.length ? textSnippet : null) : urlSnippet,
    detail: [row.kind, row.platform, row.languages.join(", "), row.verdict].filter(Boolean).join(" · "),
  };
}
