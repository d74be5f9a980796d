import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";

type Row = { items: number; sightings: number; campaigns: number; countries: number; languages: number };

/**
 * Headline figures. Countries reached = audience countries of sightings ∪ target countries of items and campaigns.
 * Distinct audience countries and languages come from loose index scans over their btree indexes (a few probes per
 * value), not from DISTINCT over 300k sightings.
 */
export async function getOverviewStats(client: PrismaClient = db) {
  const [row] = await client.$queryRaw<Row[]>`
    WITH RECURSIVE audience AS (
      SELECT min(audience_country) AS v FROM sightings WHERE deleted_at IS NULL
      UNION ALL
      SELECT (SELECT min(audience_country) FROM sightings WHERE audience_country > audience.v AND deleted_at IS NULL)
      FROM audience WHERE audience.v IS NOT NULL
    ),
    language AS (
      SELECT min(language) AS v FROM items WHERE deleted_at IS NULL
      UNION ALL
      SELECT (SELECT min(language) FROM items WHERE items.language > language.v AND deleted_at IS NULL)
      FROM language WHERE language.v IS NOT NULL
    )
    SELECT
      (SELECT count(*) FROM items WHERE deleted_at IS NULL)::int AS items,
      (SELECT count(*) FROM sightings WHERE deleted_at IS NULL)::int AS sightings,
      (SELECT count(*) FROM campaigns WHERE deleted_at IS NULL AND merged_into_id IS NULL)::int AS campaigns,
      (SELECT count(*) FROM (
        SELECT v::text AS code FROM audience WHERE v IS NOT NULL
        UNION SELECT unnest(target_countries) FROM items WHERE deleted_at IS NULL
        UNION SELECT unnest(target_countries) FROM campaigns WHERE deleted_at IS NULL
      ) reached)::int AS countries,
      (SELECT count(*) FROM language WHERE v IS NOT NULL)::int AS languages`;
  return row;
}

export type OverviewStats = Awaited<ReturnType<typeof getOverviewStats>>;
