import "server-only";
import { getAlpha2Codes } from "i18n-iso-countries/index.js";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";

/** Every code a target country can hold (lib/codes validates against the same list). */
const COUNTRY_CODES = Object.keys(getAlpha2Codes());

const one = async (rows: Promise<{ n: number }[]>) => (await rows)[0].n;

/**
 * Headline figures. Countries reached = audience countries of sightings ∪ target countries of items and campaigns.
 * Each figure is its own statement so PostgreSQL runs them on separate pooled connections at once. Nothing reads
 * DISTINCT over whole tables: audience countries and languages come from loose index scans (a few btree probes
 * per value) and item target countries from one GIN probe per ISO code, instead of unnesting every item's array.
 */
export async function getOverviewStats(client: PrismaClient = db) {
  const [items, sightings, campaigns, countries, languages] = await Promise.all([
    one(client.$queryRaw`SELECT count(*)::int AS n FROM items WHERE deleted_at IS NULL`),
    one(client.$queryRaw`SELECT count(*)::int AS n FROM sightings WHERE deleted_at IS NULL`),
    one(client.$queryRaw`SELECT count(*)::int AS n FROM campaigns WHERE deleted_at IS NULL AND merged_into_id IS NULL`),
    one(client.$queryRaw`
      WITH RECURSIVE audience AS (
        SELECT min(audience_country) AS v FROM sightings WHERE deleted_at IS NULL
        UNION ALL
        SELECT (SELECT min(audience_country) FROM sightings WHERE audience_country > audience.v AND deleted_at IS NULL)
        FROM audience WHERE audience.v IS NOT NULL
      )
      SELECT count(*)::int AS n FROM (
        SELECT v::text FROM audience WHERE v IS NOT NULL
        UNION
        SELECT code FROM unnest(${COUNTRY_CODES}::text[]) AS code
        WHERE EXISTS (SELECT 1 FROM items WHERE target_countries @> ARRAY[code] AND deleted_at IS NULL)
        UNION
        SELECT unnest(target_countries) FROM campaigns WHERE deleted_at IS NULL
      ) reached`),
    one(client.$queryRaw`
      SELECT count(DISTINCT l)::int AS n FROM items i CROSS JOIN LATERAL unnest(i.languages) AS l WHERE i.deleted_at IS NULL`),
  ]);
  return { items, sightings, campaigns, countries, languages };
}

export type OverviewStats = Awaited<ReturnType<typeof getOverviewStats>>;
