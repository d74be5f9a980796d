import { describe, expect, it } from "vitest";
import { findJsonProblem, MAX_JSON_DEPTH } from "./json-value";

const nested = (depth: number) => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown;

describe("findJsonProblem", () => {
  it("names the field whose string holds NUL, however deep", () => {
    expect(findJsonProblem({ title: "ok", sightings: [{ text: "a\u0000b" }] })).toEqual({ path: "sightings.0.text", message: "must not contain a NUL character" });
    expect(findJsonProblem("\u0000")?.path).toBe("(body)");
    expect(findJsonProblem({ ["k\u0000"]: 1 })?.path).toBe("k\\0");
  });

  it("refuses nesting past the limit without recursion (100k levels do not overflow the stack)", () => {
    expect(findJsonProblem(nested(MAX_JSON_DEPTH))).toBeNull();
    expect(findJsonProblem(nested(MAX_JSON_DEPTH + 1))?.message).toMatch(/nested deeper/);
    expect(findJsonProblem(nested(100_000))?.message).toMatch(/nested deeper/);
  });

  it("passes ordinary bodies", () => {
    expect(findJsonProblem({ name: "Doppelgänger", tags: ["a", "b"], n: 1, ok: true, none: null })).toBeNull();
  });
});
