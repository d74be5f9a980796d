import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";

type Row = {
  id: string;
  title: string | null;
  kind: string;
  verdict: string;
  platform: string | null;
  languages: string[];
  firstSeenAt: Date;
  sightingCount: number;
};

/** The items that surfaced most recently (first sighting), newest first; reads the first_seen_at index. */
export async function getRecentItems(client: PrismaClient = db, limit = 8) {
  const rows = await client.$queryRaw<Row[]>`
    SELECT id, left(title, 200) AS title, kind::text AS kind, verdict::text AS verdict, platform, languages,
      first_seen_at AS "firstSeenAt", sighting_count AS "sightingCount"
    FROM items
    WHERE deleted_at IS NULL AND first_seen_at IS NOT NULL
    ORDER BY first_seen_at DESC, id DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, sightingCount: Number(r.sightingCount), firstSeenAt: new Date(r.firstSeenAt).toISOString() }));
}

export type RecentItem = Awaited<ReturnType<typeof getRecentItems>>[number];
