import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { rollupItemFilterSql } from "../filters/dataset-filter-sql";
import { bucketSql } from "./bucket-sql";
import { datasetPart, type MarkersQuery } from "./schemas";

export interface MarkerRow {
  slug: string;
  name: string;
  /** The annotated item's main (first) language; "" when unknown. */
  language: string;
  /** Bucket of the item's first sighting (YYYY-MM-DD); "" for items never sighted. */
  bucket: string;
  annotations: number;
  items: number;
}

/**
 * Language-marker frequencies: how often each marker was annotated, in which content languages, and when (by the
 * annotated item's first sighting — when the phrasing was out in the world, not when someone annotated it).
 */
export async function getMarkerFrequencies(query: MarkersQuery, client: PrismaClient = db) {
  const rows = await client.$queryRaw<MarkerRow[]>`
    SELECT m.slug, m.name, coalesce(i.languages[1], '') AS language,
      coalesce(${bucketSql(query.interval, Prisma.sql`i.first_seen_at`)}, '') AS bucket,
      count(*)::int AS annotations, count(DISTINCT i.item_id)::int AS items
    FROM marker_annotations n
    JOIN analytics_items i ON i.item_id = n.item_id
    JOIN language_markers m ON m.id = n.marker_id
    WHERE n.deleted_at IS NULL AND ${rollupItemFilterSql(datasetPart(query), "i")}
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 3, 4`;
  return { interval: query.interval, rows };
}

export type MarkerFrequencies = Awaited<ReturnType<typeof getMarkerFrequencies>>;
