import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { SearchHit } from "./schemas";
import { excerpt, itemsHref } from "./hit-parts";
import { hasHit, highlightTerms } from "./segments";
import { nameMatchSql, nameScoreSql, NAME_SIMILARITY, termPatterns, withTrigramThreshold } from "./trigram";

interface Row {
  id: string;
  title: string;
  claim: string | null;
}

/** Narratives by title (trigram) or by the words of their claim; no page yet → the items that push them. */
export async function searchNarratives(q: string, limit: number, client: PrismaClient): Promise<SearchHit[]> {
  const t = termPatterns(q);
  const title = Prisma.raw("n.title");
  const rows = await withTrigramThreshold(
    client,
    NAME_SIMILARITY,
    client.$queryRaw<Row[]>`
    SELECT n.id, n.title, left(n.claim, 1000) AS claim
    FROM narratives n
    WHERE n.deleted_at IS NULL AND (${nameMatchSql(title, t)} OR n.claim ILIKE ${t.contains})
    ORDER BY ${nameScoreSql(title, t)} + CASE WHEN n.claim ILIKE ${t.contains} THEN 0.5 ELSE 0 END DESC, n.title
    LIMIT ${limit}`,
  );
  return rows.map((row) => {
    const claim = row.claim ? highlightTerms(row.claim, q) : null;
    return {
      type: "narrative",
      id: row.id,
      href: itemsHref(row.title),
      label: highlightTerms(row.title, q),
      snippet: claim && hasHit(claim) ? excerpt(claim) : null,
      detail: null,
    };
  });
}
