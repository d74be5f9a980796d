import { describe, expect, it } from "vitest";
import { splitPages } from "./pg-read-session";

describe("splitPages", () => {
  it("covers every page once, in order, with the last range open-ended", () => {
    const ranges = splitPages(20_210, 640);
    expect(ranges.length).toBe(32);
    expect(ranges[0].from).toBe(0);
    expect(ranges.at(-1)!.to).toBeNull();
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].from).toBe(ranges[i - 1].to);
    expect(Math.max(...ranges.slice(0, -1).map((r) => r.to! - r.from))).toBeLessThanOrEqual(640);
  });

  it("an empty or small table is one range", () => {
    expect(splitPages(0, 640)).toEqual([{ from: 0, to: null }]);
    expect(splitPages(3, 640)).toEqual([{ from: 0, to: null }]);
  });
});
