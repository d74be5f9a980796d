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
  description: string | null;
}

/** Persons by name or alias (substring, or trigram similarity for typos); no person page yet → their items. */
export async function searchPersons(q: string, limit: number, client: PrismaClient): Promise<SearchHit[]> {
  const t = termPatterns(q);
  const name = Prisma.raw("p.name");
  const aliases = Prisma.raw("p.aliases");
  const rows = await withTrigramThreshold(
    client,
    NAME_SIMILARITY,
    client.$queryRaw<Row[]>`
    SELECT p.id, p.name, p.aliases, left(p.description, 200) AS description
    FROM persons p
    WHERE p.deleted_at IS NULL AND (${nameMatchSql(name, t)} OR ${aliasScoreSql(aliases, t)} > 0)
    ORDER BY greatest(${nameScoreSql(name, t)}, ${aliasScoreSql(aliases, t)}) DESC, p.name
    LIMIT ${limit}`,
  );
  return rows.map((row) => ({
    type: "person",
    id: row.id,
    href: itemsHref(row.name),
    label: highlightTerms(row.name, q),
    snippet: aliasesSnippet(row.aliases, q),
    detail: row.description,
  }));
}
