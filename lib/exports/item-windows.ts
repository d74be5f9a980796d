import { Prisma } from "../generated/prisma/client";
import { itemFilterSql, type ItemWindow, type WindowedFilter } from "../filters/dataset-filter-sql";
import type { BatchOptions, ReadSession, TextRow } from "./read-session";

/** Items per slice. A slice's relations (sightings, links, JSON) are a few MB however big the subset. */
export const WINDOW_ITEMS = 2000;

export interface PerItemOptions extends BatchOptions {
  /** Items per slice (tests use small ones). */
  windowItems?: number;
}

/**
 * The rows of a per-item query — every row belongs to one item of the subset, and its ORDER BY starts with the item
 * id — in batches. PostgreSQL's cursors stream, so the query runs whole. PGlite's cursors are WITH HOLD (it has one
 * connection, shared with the app) and hold the whole result in the embedded database's memory, which never shrinks
 * again (a JSONL export of 20k items grew it by 39 MB for good): there the subset is read slice by slice of item ids, each
 * slice a query of its own in the same order, so the concatenation is the same file.
 */
export async function* perItemBatches(
  session: ReadSession,
  filter: WindowedFilter,
  query: (filter: WindowedFilter) => Prisma.Sql,
  options: PerItemOptions = {},
): AsyncGenerator<TextRow[]> {
  if (!session.materialises) {
    yield* session.batches(query(filter), options);
    return;
  }
  const windows = await itemWindows(session, filter, options.windowItems ?? WINDOW_ITEMS);
  for (const [n, itemWindow] of windows.entries()) {
    yield* session.batches(query({ ...filter, itemWindow }), n === 0 ? options : { ...options, first: undefined });
  }
}

/** Slices of the subset by id: every `size`-th id (ascending) closes a slice; the last is open-ended. */
async function itemWindows(session: ReadSession, filter: WindowedFilter, size: number): Promise<ItemWindow[]> {
  const bounds = await session.rows(Prisma.sql`SELECT x.id::text FROM (
      SELECT i.id, row_number() OVER (ORDER BY i.id) AS n FROM items i WHERE ${itemFilterSql(filter, "i")}) x
    WHERE x.n % ${size} = 0 ORDER BY x.id`);
  const ids = bounds.map(([id]) => id!);
  return [...ids, null].map((upTo, k) => ({ after: k === 0 ? null : ids[k - 1], upTo }));
}
