export interface DailyCount {
  day: string;
  sightings: number;
}

export interface DailyPoint extends DailyCount {
  /** Short axis label, e.g. "3 Mar". */
  label: string;
}

const DAY_MS = 86_400_000;
const label = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/**
 * Turns sparse per-day counts into one point per day from `from` to `to` (inclusive, UTC), zeros for missing days,
 * so the area chart's x axis is true time and gaps read as quiet days, not as interpolated slopes.
 */
export function toDailySeries(from: string | null, to: string | null, counts: DailyCount[]): DailyPoint[] {
  if (!from || !to) return [];
  const byDay = new Map(counts.map((c) => [c.day, c.sightings]));
  const points: DailyPoint[] = [];
  const last = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= last; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    points.push({ day, label: label.format(t), sightings: byDay.get(day) ?? 0 });
  }
  return points;
}

/** Total and busiest day of a series, for the chart's caption and its screen-reader summary. */
export function summarizeSeries(points: DailyPoint[]): { total: number; peak: DailyPoint | null } {
  let total = 0;
  let peak: DailyPoint | null = null;
  for (const p of points) {
    total += p.sightings;
    if (!peak || p.sightings > peak.sightings) peak = p;
  }
  return { total, peak: peak && peak.sightings > 0 ? peak : null };
}
