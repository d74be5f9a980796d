import { Prisma } from "../generated/prisma/client";
import type { DatasetFilter } from "../filters/dataset-filter";
import { itemFilterSql, type WindowedFilter } from "../filters/dataset-filter-sql";
import type { ExportFile } from "./export-file";
import { perItemBatches } from "./item-windows";
import type { ReadSession } from "./read-session";

const ts = (sql: string) => Prisma.raw(`to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

interface ReviewRow {
  id: string; kind: string; title: string | null; text: string | null; url: string | null; languages: string[]; published_at: string | null;
  verdict: string; manipulations: string[]; reviewed_at: string; first_seen_at: string | null; fact_check_url: string | null;
  claim: string | null; impersonated: string[];
}

/** Verdicts on a 1 (worst) – 5 (best) scale; the textual verdict is what Google shows (reviewRating.alternateName). */
const RATING: Record<string, { value: number; label: string }> = {
  false: { value: 1, label: "False" }, synthetic: { value: 1, label: "Synthetic (AI-generated)" }, manipulated: { value: 2, label: "Manipulated" },
  misattributed: { value: 2, label: "Misattributed" }, misleading: { value: 2, label: "Misleading" }, satire: { value: 3, label: "Satire" },
  authentic: { value: 5, label: "Authentic" },
};
const MEDIA_KINDS: Record<string, string> = { video: "VideoObject", image: "ImageObject", audio: "AudioObject" };
const AUTHENTICITY: Record<string, string> = {
  face_swap: "TransformedContent", voice_clone: "TransformedContent", lip_sync: "TransformedContent", fully_synthetic: "TransformedContent",
  edited: "EditedOrCroppedContent", cheap_fake: "EditedOrCroppedContent", out_of_context: "DecontextualizedContent",
};

export function claimReviewQuery(filter: WindowedFilter): Prisma.Sql {
  return Prisma.sql`SELECT json_build_object('id', i.id, 'kind', i.kind, 'title', i.title, 'text', left(i.text, 500), 'url', i.original_url,
      'languages', to_json(i.languages), 'published_at', ${ts("i.published_at")}, 'verdict', i.verdict, 'manipulations', to_json(i.manipulations),
      'reviewed_at', ${ts("i.updated_at")}, 'first_seen_at', ${ts("i.first_seen_at")},
      'fact_check_url', (SELECT so.url FROM item_sources x JOIN sources so ON so.id = x.source_id AND so.deleted_at IS NULL
        WHERE x.item_id = i.id AND so.kind = 'fact_check' AND so.url ~* '^https?://' ORDER BY so.published_at NULLS LAST, so.id LIMIT 1),
      'claim', (SELECT coalesce(n.claim, n.title) FROM item_narratives x JOIN narratives n ON n.id = x.narrative_id AND n.deleted_at IS NULL
        WHERE x.item_id = i.id ORDER BY n.title LIMIT 1),
      'impersonated', to_json(ARRAY(SELECT p.name FROM item_persons x JOIN persons p ON p.id = x.person_id AND p.deleted_at IS NULL
        WHERE x.item_id = i.id AND x.role = 'impersonated' ORDER BY p.name)))::text
    FROM items i WHERE ${itemFilterSql(filter, "i")} AND i.verdict <> 'unverified' ORDER BY i.id`;
}

/**
 * schema.org ClaimReview for every item with a verdict (and a MediaReview for manipulated video, images and
 * audio), as one JSON-LD document with an @graph. The review's url is the published fact-check when the item
 * cites one, else the item's page in this Sightline.
 */
export function reviewObjects(row: ReviewRow, site: { baseUrl: string; name: string }): Record<string, unknown>[] {
  const rating = RATING[row.verdict];
  const url = row.fact_check_url ?? `${site.baseUrl}/items/${row.id}`;
  const author = { "@type": "Organization", name: site.name, url: site.baseUrl };
  const appearance = row.url && /^https?:\/\//i.test(row.url) ? [{ "@type": "CreativeWork", url: row.url }] : undefined;
  const claimReview = {
    "@type": "ClaimReview",
    identifier: row.id,
    url,
    datePublished: row.reviewed_at,
    author,
    claimReviewed: row.claim ?? row.title ?? row.text ?? "(untitled content)",
    inLanguage: row.languages[0] ?? undefined,
    reviewRating: { "@type": "Rating", ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.label },
    itemReviewed: {
      "@type": "Claim",
      datePublished: row.published_at ?? row.first_seen_at ?? undefined,
      appearance,
      about: row.impersonated.length ? row.impersonated.map((name) => ({ "@type": "Person", name })) : undefined,
    },
  };
  const media = MEDIA_KINDS[row.kind];
  const category = row.verdict === "authentic" ? "OriginalMediaContent" : row.manipulations.map((m) => AUTHENTICITY[m]).find(Boolean);
  if (!media || !category || !row.url || !/^https?:\/\//i.test(row.url)) return [claimReview];
  const mediaReview = {
    "@type": "MediaReview",
    identifier: `${row.id}#media`,
    url,
    datePublished: row.reviewed_at,
    author,
    mediaAuthenticityCategory: category,
    itemReviewed: { "@type": "MediaReviewItem", mediaItemAppearance: [{ "@type": media, contentUrl: row.url }] },
  };
  return [claimReview, mediaReview];
}

export function claimReviewFile(session: ReadSession, filter: DatasetFilter, options: { signal?: AbortSignal; baseUrl: string; siteName: string }): ExportFile {
  let rows = 0;
  return {
    name: "claimreview.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    rows: () => rows,
    async *content() {
      yield Buffer.from('{"@context":"https://schema.org","@graph":[\n');
      let first = true;
      for await (const batch of perItemBatches(session, filter, claimReviewQuery, { signal: options.signal, first: 200, size: 2000 })) {
        let text = "";
        for (const [line] of batch) {
          for (const review of reviewObjects(JSON.parse(line!) as ReviewRow, { baseUrl: options.baseUrl, name: options.siteName })) {
            text += `${first ? "" : ",\n"}${JSON.stringify(review)}`;
            first = false;
            rows++;
          }
        }
        if (text) yield Buffer.from(text, "utf8");
      }
      yield Buffer.from("\n]}\n");
    },
  };
}
