import { describe, expect, it } from "vitest";
import { bucketRange, OTHER_KEY, toCumulativeReach, toStackedSightings } from "./chart-data-spread";
import type { SpreadRow } from "./get-spread";

const row = (bucket: string, key: string, sightings: number, views = 0): SpreadRow => ({
  bucket, key, label: key.toUpperCase(), sightings, views, shares: views / 10, reactions: views / 5,
});

describe("bucketRange", () => {
  it("steps days, ISO weeks and calendar months, inclusive", () => {
    expect(bucketRange("2024-02-28", "2024-03-01", "day")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    expect(bucketRange("2025-01-06", "2025-01-20", "week")).toEqual(["2025-01-06", "2025-01-13", "2025-01-20"]);
    expect(bucketRange("2024-11-01", "2025-02-01", "month")).toEqual(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]);
  });
});

describe("toStackedSightings", () => {
  it("fills quiet buckets with zeros and keeps one column per key", () => {
    const { keys, points, total, table } = toStackedSightings([row("2025-01-06", "x", 3), row("2025-01-20", "telegram", 2)], "week");
    expect(keys.map((k) => k.key)).toEqual(["x", "telegram"]);
    expect(points).toEqual([
      { bucket: "2025-01-06", x: 3, telegram: 0 },
      { bucket: "2025-01-13", x: 0, telegram: 0 },
      { bucket: "2025-01-20", x: 0, telegram: 2 },
    ]);
    expect(total).toBe(5);
    expect(table.columns.map((c) => c.key)).toEqual(["bucket", "x", "telegram"]);
    expect(table.rows).toBe(points);
  });

  it("folds the smallest keys into Other beyond the limit, biggest first", () => {
    const rows = ["a", "b", "c", "d"].map((k, i) => row("2025-01-01", k, 10 - i));
    const { keys, points } = toStackedSightings(rows, "day", 3);
    expect(keys).toEqual([{ key: "a", label: "A" }, { key: "b", label: "B" }, { key: OTHER_KEY, label: "Other (2)" }]);
    expect(points[0]).toEqual({ bucket: "2025-01-01", a: 10, b: 9, [OTHER_KEY]: 15 });
  });

  it("names the empty key (no campaign) and returns nothing for no rows", () => {
    expect(toStackedSightings([{ ...row("2025-01-01", "", 1), label: "" }], "day").keys).toEqual([{ key: "(none)", label: "(none)" }]);
    expect(toStackedSightings([], "day")).toMatchObject({ keys: [], points: [], total: 0 });
  });
});

describe("toCumulativeReach", () => {
  it("sums all keys per bucket and accumulates, carrying totals over quiet buckets", () => {
    const { points, table } = toCumulativeReach([row("2025-01-01", "x", 1, 100), row("2025-01-01", "y", 1, 50), row("2025-01-03", "x", 1, 10)], "day");
    expect(points.map((p) => [p.bucket, p.views, p.shares])).toEqual([
      ["2025-01-01", 150, 15],
      ["2025-01-02", 150, 15],
      ["2025-01-03", 160, 16],
    ]);
    expect(table.columns.map((c) => c.key)).toEqual(["bucket", "views", "shares", "reactions"]);
  });
});
