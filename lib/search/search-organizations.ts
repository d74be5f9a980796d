import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { SearchHit } from "./schemas";
import { aliasesSnippet, itemsHref } from "./hit-parts";
import { highlightTerms } from "./segments";
import { aliasScoreSql, nameMatchSql, nameScoreSql, NAME_SIMILARITY, termPatterns, withTrigramThreshold } from "./trigram";

interface Row {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  domain: string | null;
}

/** Organizations and outlets by name, alias or domain ("bbc.co"); no page yet → items that name them. */
export async function searchOrganizations(q: string, limit: number, client: PrismaClient): Promise<SearchHit[]> {
  const t = termPatterns(q);
  const name = Prisma.raw("o.name");
  const aliases = Prisma.raw("o.aliases");
  const domain = Prisma.raw("o.domain");
  const rows = await withTrigramThreshold(
    client,
    NAME_SIMILARITY,
    client.$queryRaw<Row[]>`
    SELECT o.id, o.name, o.aliases, o.kind::text AS kind, o.domain
    FROM organizations o
    WHERE o.deleted_at IS NULL
      AND (${nameMatchSql(name, t)} OR ${aliasScoreSql(aliases, t)} > 0 OR o.domain ILIKE ${t.prefix})
    ORDER BY greatest(${nameScoreSql(name, t)}, ${aliasScoreSql(aliases, t)}, ${nameScoreSql(domain, t)}) DESC, o.name
    LIMIT ${limit}`,
  );
  return rows.map((row) => ({
    type: "organization",
    id: row.id,
    href: itemsHref(row.name),
    label: highlightTerms(row.name, q),
    snippet: aliasesSnippet(row.aliases, q),
    detail: [row.kind.replace(/_/g, " "), row.domain].filter(Boolean).join(" · "),
  }));
}
