import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";

type Row = {
  slug: string;
  name: string;
  status: string;
  items: number;
  sightings: number;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
};

/**
 * Campaigns ranked by the sightings of their confirmed items: campaigns.sighting_count and item_count are kept in
 * step with every sighting and link write (lib/sightings/derived.ts), so this reads a handful of rows.
 */
export async function getTopCampaigns(client: PrismaClient = db, limit = 6) {
  const rows = await client.$queryRaw<Row[]>`
    SELECT c.slug, c.name, c.status::text AS status, c.item_count AS items, c.sighting_count AS sightings,
      c.first_seen_at AS "firstSeenAt", c.last_seen_at AS "lastSeenAt"
    FROM campaigns c
    WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL AND c.item_count > 0
    ORDER BY c.sighting_count DESC, c.name
    LIMIT ${limit}`;
  return rows.map((r) => ({
    ...r,
    firstSeenAt: r.firstSeenAt ? new Date(r.firstSeenAt).toISOString() : null,
    lastSeenAt: r.lastSeenAt ? new Date(r.lastSeenAt).toISOString() : null,
  }));
}

export type TopCampaign = Awaited<ReturnType<typeof getTopCampaigns>>[number];
