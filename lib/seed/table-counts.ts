import type { Prisma } from "../generated/prisma/client";

/** Every table a seed writes to; the idempotency tests compare these counts across runs. */
export const SEEDED_TABLES = [
  "users", "disarm_tactics", "disarm_techniques", "threat_actors", "campaigns", "campaign_techniques",
  "campaign_sources", "sources", "organizations", "persons", "accounts", "narratives", "language_markers", "items",
  "item_campaigns", "item_persons", "item_organizations", "item_narratives", "item_techniques", "item_sources",
  "marker_annotations", "sightings", "audit_events",
] as const;

export async function countSeededRows(db: Pick<Prisma.TransactionClient, "$queryRawUnsafe">): Promise<Record<string, number>> {
  // Table names come from the constant above, never from input.
  const sql = `SELECT ${SEEDED_TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`;
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(sql);
  return row;
}

/** Rows whose derived columns disagree with an aggregate over live sightings (should always be 0). */
export async function countStaleDerivedColumns(db: Pick<Prisma.TransactionClient, "$queryRaw">): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM items AS i
    LEFT JOIN (SELECT item_id, min(observed_at) AS f, max(observed_at) AS l, count(*)::int AS c
               FROM sightings WHERE deleted_at IS NULL GROUP BY item_id) AS s ON s.item_id = i.id
    WHERE (i.first_seen_at, i.last_seen_at, i.sighting_count) IS DISTINCT FROM (s.f, s.l, coalesce(s.c, 0))`;
  return row.n;
}
