import { describe, expect, it } from "vitest";
import { graphQuerySchema } from "./schemas";
import { NODE_TYPES } from "./types";

describe("graphQuerySchema", () => {
  it("composes the dataset filter with node types and a minimum confidence", () => {
    expect(graphQuerySchema.parse({ campaign: "matryoshka", country: "fr", types: "person,item", minConfidence: "0.25" })).toEqual({
      filter: { campaign: "matryoshka", country: "FR" },
      types: ["item", "person"],
      minConfidence: 0.25,
    });
    expect(graphQuerySchema.parse({})).toEqual({ filter: {}, types: [...NODE_TYPES], minConfidence: 0 });
  });

  it.each([
    [{ minConfidence: "1.5" }, "minConfidence"],
    [{ minConfidence: "-0.1" }, "minConfidence"],
    [{ minConfidence: "high" }, "minConfidence"],
    [{ types: "item,planet" }, "types"],
    [{ from: "2025-13-01" }, "from"],
    [{ from: "2025-02-01", to: "2025-01-01" }, "to"],
    [{ country: "XX" }, "country"],
    [{ language: "not a tag!" }, "language"],
    [{ nodes: "all" }, ""],
  ])("refuses %j naming the field", (input, field) => {
    const result = graphQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toContain(field);
  });
});
