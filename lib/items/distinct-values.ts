import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

const COLUMNS = { platform: Prisma.raw("platform") } as const;

/**
 * Distinct values of an indexed items column by a loose index scan (a recursive CTE hopping from one value to the
 * next through the btree): a few index probes per value instead of reading 100k rows for SELECT DISTINCT.
 */
export async function listDistinctItemValues(client: PrismaClient, column: keyof typeof COLUMNS): Promise<string[]> {
  const c = COLUMNS[column];
  const rows = await client.$queryRaw<{ v: string | null }[]>`
    WITH RECURSIVE hop AS (
      SELECT min(${c}) AS v FROM items WHERE deleted_at IS NULL
      UNION ALL
      SELECT (SELECT min(${c}) FROM items WHERE ${c} > hop.v AND deleted_at IS NULL) FROM hop WHERE hop.v IS NOT NULL
    )
    SELECT v FROM hop WHERE v IS NOT NULL`;
  return rows.map((r) => r.v as string);
}

/**
 * The languages items use. Items carry a list, which a btree cannot hop through; the GIN index has no ordered
 * walk either, so this reads the live items' lists once (a sequential pass over a narrow column).
 */
export async function listItemLanguages(client: PrismaClient): Promise<string[]> {
  const rows = await client.$queryRaw<{ v: string }[]>`
    SELECT DISTINCT l AS v FROM items i CROSS JOIN LATERAL unnest(i.languages) AS l WHERE i.deleted_at IS NULL ORDER BY 1`;
  return rows.map((r) => r.v);
}
