import type { SpreadRow } from "./get-spread";
import type { DataTable } from "./chart-data-table";
import type { Interval } from "./schemas";

export interface StackKey {
  key: string;
  label: string;
}

export interface StackedPoint {
  bucket: string;
  [key: string]: string | number;
}

export const OTHER_KEY = "__other";
const DAY_MS = 86_400_000;

/** Every bucket start from `first` to `last` (inclusive), so quiet periods show as zeros instead of slopes. */
export function bucketRange(first: string, last: string, interval: Interval, limit = 2000): string[] {
  const out: string[] = [];
  let t = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  while (t <= end && out.length < limit) {
    out.push(new Date(t).toISOString().slice(0, 10));
    if (interval === "day") t += DAY_MS;
    else if (interval === "week") t += 7 * DAY_MS;
    else {
      const d = new Date(t);
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
  }
  return out;
}

/**
 * Sightings per bucket stacked by key: the `maxKeys` biggest keys by total keep their own series, the rest are summed
 * as "Other" (a 30-colour stack is unreadable). Keys are ordered biggest first, so the largest series sits at the
 * bottom of the stack.
 */
export function toStackedSightings(rows: SpreadRow[], interval: Interval, maxKeys = 6) {
  const totals = new Map<string, { label: string; n: number }>();
  for (const r of rows) {
    const t = totals.get(r.key) ?? { label: r.label, n: 0 };
    t.n += r.sightings;
    totals.set(r.key, t);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  const kept = ranked.slice(0, ranked.length > maxKeys ? maxKeys - 1 : maxKeys);
  const keptSet = new Set(kept.map(([k]) => k));
  const keys: StackKey[] = kept.map(([key, t]) => ({ key: key || "(none)", label: t.label || "(none)" }));
  if (ranked.length > kept.length) keys.push({ key: OTHER_KEY, label: `Other (${ranked.length - kept.length})` });

  const buckets = rows.length ? bucketRange(rows[0].bucket, rows[rows.length - 1].bucket, interval) : [];
  const byBucket = new Map<string, StackedPoint>(buckets.map((b) => [b, { bucket: b, ...Object.fromEntries(keys.map((k) => [k.key, 0])) }]));
  for (const r of rows) {
    const point = byBucket.get(r.bucket);
    if (!point) continue;
    const key = keptSet.has(r.key) ? r.key || "(none)" : OTHER_KEY;
    point[key] = (point[key] as number) + r.sightings;
  }
  const points = [...byBucket.values()];
  const table: DataTable = {
    columns: [{ key: "bucket", label: "Period start" }, ...keys.map((k) => ({ key: k.key, label: k.label, numeric: true }))],
    rows: points,
  };
  return { keys, points, table, total: rows.reduce((n, r) => n + r.sightings, 0) };
}

export interface ReachPoint {
  bucket: string;
  views: number;
  shares: number;
  reactions: number;
}

/** Cumulative views, shares and reactions over the buckets (all stack keys together). */
export function toCumulativeReach(rows: SpreadRow[], interval: Interval) {
  const perBucket = new Map<string, ReachPoint>();
  for (const r of rows) {
    const p = perBucket.get(r.bucket) ?? { bucket: r.bucket, views: 0, shares: 0, reactions: 0 };
    p.views += r.views;
    p.shares += r.shares;
    p.reactions += r.reactions;
    perBucket.set(r.bucket, p);
  }
  const buckets = rows.length ? bucketRange(rows[0].bucket, rows[rows.length - 1].bucket, interval) : [];
  const running = { views: 0, shares: 0, reactions: 0 };
  const points: ReachPoint[] = buckets.map((bucket) => {
    const p = perBucket.get(bucket);
    if (p) {
      running.views += p.views;
      running.shares += p.shares;
      running.reactions += p.reactions;
    }
    return { bucket, ...running };
  });
  const table: DataTable = {
    columns: [
      { key: "bucket", label: "Period start" },
      { key: "views", label: "Views (cumulative)", numeric: true },
      { key: "shares", label: "Shares (cumulative)", numeric: true },
      { key: "reactions", label: "Reactions (cumulative)", numeric: true },
    ],
    rows: points.map((p) => ({ ...p })),
  };
  return { points, table };
}
