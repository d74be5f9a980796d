import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ApiError } from "../http/errors";
import { parseSetFlags, withOverrides } from "./cli-mapping";

describe("--set and --strict", () => {
  it("takes short names (item fields first) and full ids; list fields split on commas", () => {
    expect(parseSetFlags(["platform=x", "observedAt=2024-05-01", "sighting.platform=telegram", "narratives=a, b"])).toEqual({
      "item.platform": "x",
      "sighting.observedAt": "2024-05-01",
      "sighting.platform": "telegram",
      "item.narratives": ["a", "b"],
    });
    expect(() => parseSetFlags(["nonsense=1"])).toThrow(ApiError);
    expect(() => parseSetFlags(["platform"])).toThrow(ApiError);
  });

  it("adds constants to a guessed or given mapping and validates the result", () => {
    const mapping = withOverrides({ columns: { a: "item.url" }, constants: { "item.kind": "video" } }, { constants: { "item.platform": "x" }, strict: true });
    expect(mapping).toMatchObject({ constants: { "item.kind": "video", "item.platform": "x" }, strict: true });
    expect(() => withOverrides({ columns: {} }, { constants: { "sighting.views": "many" } })).toThrow(ZodError);
  });
});
