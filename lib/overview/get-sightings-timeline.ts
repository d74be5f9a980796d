import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";

export const TIMELINE_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Sightings per UTC day over the last 90 days — ending today, or at the newest sighting when all data is older
 * (an archive such as the 2024–2025 demo case would otherwise show an empty chart). Days without sightings are
 * absent; the chart mapper fills them.
 */
export async function getSightingsTimeline(client: PrismaClient = db, now: Date = new Date()) {
  const [{ newest }] = await client.$queryRaw<{ newest: Date | null }[]>`
    SELECT max(observed_at) AS newest FROM sightings WHERE deleted_at IS NULL`;
  if (!newest) return { from: null, to: null, anchoredToNewest: false, days: [] as { day: string; sightings: number }[] };
  const newestAt = new Date(newest);
  const anchoredToNewest = newestAt.getTime() < now.getTime() - TIMELINE_DAYS * DAY_MS;
  const end = anchoredToNewest ? newestAt : now;
  const lastDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  const start = new Date(lastDay - (TIMELINE_DAYS - 1) * DAY_MS);
  const stop = new Date(lastDay + DAY_MS);
  const days = await client.$queryRaw<{ day: string; sightings: number }[]>`
    SELECT to_char(observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS sightings
    FROM sightings
    WHERE deleted_at IS NULL AND observed_at >= ${start} AND observed_at < ${stop}
    GROUP BY 1 ORDER BY 1`;
  return { from: isoDay(start), to: isoDay(new Date(lastDay)), anchoredToNewest, days };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export type SightingsTimeline = Awaited<ReturnType<typeof getSightingsTimeline>>;
