import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { confirmedItemsSql } from "./confirmed-items-sql";

/** Key figures: items, sightings, platforms, audience countries, languages, accounts and recorded reach. */
export async function getDossierFigures(campaignId: string, client: PrismaClient) {
  const [row] = await client.$queryRaw<
    { items: number; sightings: number; platforms: number; countries: number; languages: number; accounts: number; views: number; shares: number }[]
  >`
    WITH scope AS (${confirmedItemsSql(campaignId)})
    SELECT
      (SELECT count(*)::int FROM scope) AS items,
      count(s.id)::int AS sightings,
      count(DISTINCT s.platform)::int AS platforms,
      count(DISTINCT s.audience_country)::int AS countries,
      (SELECT count(DISTINCT l)::int FROM items i CROSS JOIN LATERAL unnest(i.languages) AS l WHERE i.id IN (SELECT item_id FROM scope)) AS languages,
      count(DISTINCT s.account_id)::int AS accounts,
      coalesce(sum(s.views), 0)::float8 AS views,
      coalesce(sum(s.shares), 0)::float8 AS shares
    FROM sightings s
    WHERE s.item_id IN (SELECT item_id FROM scope) AND s.deleted_at IS NULL`;
  return row;
}
