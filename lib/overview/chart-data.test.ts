import { describe, expect, it } from "vitest";
import { summarizeSeries, toDailySeries } from "./chart-data";

describe("toDailySeries", () => {
  it("fills every day of the window, zeros for quiet days", () => {
    const points = toDailySeries("2025-02-27", "2025-03-02", [
      { day: "2025-02-28", sightings: 4 },
      { day: "2025-03-02", sightings: 1 },
    ]);
    expect(points.map((p) => [p.day, p.sightings])).toEqual([
      ["2025-02-27", 0],
      ["2025-02-28", 4],
      ["2025-03-01", 0],
      ["2025-03-02", 1],
    ]);
    expect(points[3].label).toBe("2 Mar");
  });

  it("ignores counts outside the window and returns nothing without a window", () => {
    expect(toDailySeries("2025-01-01", "2025-01-01", [{ day: "2024-12-31", sightings: 9 }])).toEqual([
      { day: "2025-01-01", label: "1 Jan", sightings: 0 },
    ]);
    expect(toDailySeries(null, null, [])).toEqual([]);
  });

  it("spans 90 days across a leap day", () => {
    const points = toDailySeries("2024-01-31", "2024-04-29", []);
    expect(points).toHaveLength(90);
    expect(points.some((p) => p.day === "2024-02-29")).toBe(true);
  });
});

describe("summarizeSeries", () => {
  it("totals and finds the peak", () => {
    const points = toDailySeries("2025-01-01", "2025-01-03", [
      { day: "2025-01-02", sightings: 5 },
      { day: "2025-01-03", sightings: 2 },
    ]);
    expect(summarizeSeries(points)).toMatchObject({ total: 7, peak: { day: "2025-01-02" } });
    expect(summarizeSeries(toDailySeries("2025-01-01", "2025-01-02", [])).peak).toBeNull();
  });
});
