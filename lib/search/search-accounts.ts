import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { SearchHit } from "./schemas";
import { itemsHref } from "./hit-parts";
import { hasHit, highlightTerms } from "./segments";
import { nameMatchSql, nameScoreSql, NAME_SIMILARITY, termPatterns, withTrigramThreshold } from "./trigram";

interface Row {
  id: string;
  platform: string;
  handle: string;
  displayName: string | null;
  label: string | null;
}

/**
 * Accounts by handle (with or without its @) or display name. No account page yet: Enter opens the items list
 * searched for the handle, which matches the posts whose URLs carry it (x.com/<handle>/status/…).
 */
export async function searchAccounts(q: string, limit: number, client: PrismaClient): Promise<SearchHit[]> {
  const bare = q.replace(/^@+/, "") || q;
  const t = termPatterns(bare);
  const handle = Prisma.raw("a.handle");
  const displayName = Prisma.raw("a.display_name");
  const rows = await withTrigramThreshold(
    client,
    NAME_SIMILARITY,
    client.$queryRaw<Row[]>`
    SELECT a.id, a.platform, a.handle, a.display_name AS "displayName", a.label
    FROM accounts a
    WHERE a.deleted_at IS NULL AND (${nameMatchSql(handle, t)} OR a.display_name ILIKE ${t.contains})
    ORDER BY greatest(${nameScoreSql(handle, t)}, ${nameScoreSql(displayName, t)}) DESC, a.handle
    LIMIT ${limit}`,
  );
  return rows.map((row) => {
    const shownHandle = row.handle.startsWith("@") ? row.handle : `@${row.handle}`;
    const name = row.displayName ? highlightTerms(row.displayName, bare) : null;
    return {
      type: "account",
      id: row.id,
      href: itemsHref(row.handle.replace(/^@+/, "")),
      label: highlightTerms(shownHandle, bare),
      snippet: hasHit(name) ? name : null,
      detail: [row.platform, row.displayName, row.label].filter(Boolean).join(" · "),
    };
  });
}
