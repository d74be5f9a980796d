import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { SearchHit } from "./schemas";
import { aliasesSnippet } from "./hit-parts";
import { highlightTerms } from "./segments";
import { aliasScoreSql, nameMatchSql, nameScoreSql, NAME_SIMILARITY, termPatterns, withTrigramThreshold } from "./trigram";

interface Row {
  slug: string;
  name: string;
  aliases: string[];
  status: string;
  itemCount: number;
}

/** Campaigns by name, alias ("Operation Overload" → Matryoshka) or slug; merged campaigns are left out. */
export async function searchCampaigns(q: string, limit: number, client: PrismaClient): Promise<SearchHit[]> {
  const t = termPatterns(q);
  const name = Prisma.raw("c.name");
  const aliases = Prisma.raw("c.aliases");
  const rows = await withTrigramThreshold(
    client,
    NAME_SIMILARITY,
    client.$queryRaw<Row[]>`
    SELECT c.slug, c.name, c.aliases, c.status::text AS status, c.item_count AS "itemCount"
    FROM campaigns c
    WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL
      AND (${nameMatchSql(name, t)} OR ${aliasScoreSql(aliases, t)} > 0 OR c.slug = lower(${q}))
    ORDER BY greatest(${nameScoreSql(name, t)}, ${aliasScoreSql(aliases, t)}, CASE WHEN c.slug = lower(${q}) THEN 3 ELSE 0 END) DESC,
      c.item_count DESC, c.name
    LIMIT ${limit}`,
  );
  return rows.map((row) => ({
    type: "campaign",
    id: row.slug,
    href: `/campaigns/${encodeURIComponent(row.slug)}`,
    label: highlightTerms(row.name, q),
    snippet: aliasesSnippet(row.aliases, q),
    detail: `${row.status} · ${Number(row.itemCount).toLocaleString("en-US")} items`,
  }));
}
