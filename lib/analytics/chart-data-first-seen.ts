import { countryName } from "../format/codes";
import { platformName } from "../format/format";
import type { DataTable } from "./chart-data-table";
import type { FirstSeenItem } from "./get-first-seen";

/**
 * First-seen reconstruction → one table row per item (where it appeared first, when, which platform came next and
 * after how long) and the timeline's dots (x: time, y: item, one dot per platform reached), plus which platforms
 * content appears on first and the median lag to the second platform.
 */
export function toFirstSeen(items: FirstSeenItem[]) {
  const rows = items.map((item) => {
    const [first, next] = item.platforms;
    return {
      id: item.id,
      title: item.title ?? `Untitled ${item.kind}`,
      firstAt: first.at,
      firstPlatform: first.platform,
      firstCountry: first.country,
      nextPlatform: next?.platform ?? null,
      lagHours: next?.lagHours ?? null,
      platforms: item.platforms.length,
    };
  });
  const dots = items.flatMap((item, index) =>
    item.platforms.map((p) => ({ y: index, x: Date.parse(p.at), platform: p.platform, title: item.title ?? item.kind, lagHours: p.lagHours })),
  );
  const firstCounts = new Map<string, number>();
  for (const r of rows) firstCounts.set(r.firstPlatform, (firstCounts.get(r.firstPlatform) ?? 0) + 1);
  const lags = rows.flatMap((r) => (r.lagHours === null ? [] : [r.lagHours])).sort((a, b) => a - b);
  const medianLag = lags.length ? (lags.length % 2 ? lags[(lags.length - 1) / 2] : (lags[lags.length / 2 - 1] + lags[lags.length / 2]) / 2) : null;
  const table: DataTable = {
    columns: [
      { key: "title", label: "Item" },
      { key: "firstAt", label: "First seen (UTC)" },
      { key: "firstPlatform", label: "First platform" },
      { key: "firstCountry", label: "Audience country" },
      { key: "nextPlatform", label: "Next platform" },
      { key: "lagHours", label: "Lag to next (hours)", numeric: true },
      { key: "platforms", label: "Platforms reached", numeric: true },
    ],
    rows: rows.map(({ id: _id, ...r }) => r),
  };
  const firstPlatforms = [...firstCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([platform, n]) => ({ platform, label: platform ? platformName(platform) : "Unknown", n }));
  return { rows, dots, table, firstPlatforms, medianLag };
}

export const placeLabel = (platform: string, country: string | null) =>
  `${platform ? platformName(platform) : "Unknown platform"}${country ? `, ${countryName(country)}` : ""}`;
