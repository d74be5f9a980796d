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
 * Campaigns ranked by the sightings of their confirmed items. Uses items.sighting_count (kept in step on every
 * sighting write) so this sums one integer per linked item instead of joining all sightings.
 */
export async function getTopCampaigns(client: PrismaClient = db, limit = 6) {
  const rows = await client.$queryRaw<Row[]>`
    SELECT c.slug, c.name, c.status::text AS status, count(i.id)::int AS items,
      coalesce(sum(i.sighting_count), 0)::int AS sightings,
      c.first_seen_at AS "firstSeenAt", c.last_seen_at AS "lastSeenAt"
    FROM campaigns c
    JOIN item_campaigns ic ON ic.campaign_id = c.id AND ic.status = 'confirmed'
    JOIN items i ON i.id = ic.item_id AND i.deleted_at IS NULL
    WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL
    GROUP BY c.id
    ORDER BY sightings DESC, c.name
    LIMIT ${limit}`;
  return rows.map((r) => ({
    ...r,
    firstSeenAt: r.firstSeenAt ? new Date(r.firstSeenAt).toISOString() : null,
    lastSeenAt: r.lastSeenAt ? new Date(r.lastSeenAt).toISOString() : null,
  }));
}

export type TopCampaign = Awaited<ReturnType<typeof getTopCampaigns>>[number];
