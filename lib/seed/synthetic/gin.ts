import type { Prisma, PrismaClient } from "../../generated/prisma/client";

/**
 * Items carry five GIN indexes (trigram title/text/URL, full-text vector, arrays). Inserting into them row by row
 * dominated bulk seeding (≈ 5× the cost of the rest, measured). With a large pending list the batch only appends to
 * it, and mergeGinPendingLists folds everything in once, sorted, which PostgreSQL does far more cheaply.
 * SET LOCAL: it lasts for the batch's transaction only and never leaks to a pooled connection.
 */
export async function deferGinMaintenance(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SET LOCAL gin_pending_list_limit = 1048576`;
}

/** Merges the items' GIN pending lists now rather than leaving searches to scan them until autovacuum runs. */
export async function mergeGinPendingLists(prisma: PrismaClient): Promise<void> {
  try {
    await prisma.$queryRaw`
      SELECT gin_clean_pending_list(i.indexrelid::regclass)::int AS pages
      FROM pg_index AS i
      JOIN pg_class AS c ON c.oid = i.indexrelid
      JOIN pg_am AS a ON a.oid = c.relam
      WHERE i.indrelid = 'items'::regclass AND a.amname = 'gin'`;
  } catch (error) {
    // Needs ownership of the indexes; without it autovacuum merges the lists later, which is only slower.
    console.warn(`Could not merge GIN pending lists now (${error instanceof Error ? error.message : error}); autovacuum will.`);
  }
}
