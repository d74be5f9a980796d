import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  it("lists only the fields that differ, with both sides", () => {
    expect(changedFields({ role: "journalist", name: "Ana", tags: ["a"] }, { role: "admin", name: "Ana", tags: ["a", "b"] })).toEqual([
      { field: "role", before: "journalist", after: "admin" },
      { field: "tags", before: ["a"], after: ["a", "b"] },
    ]);
  });

  it("treats a creation as every field new and a deletion as every field gone", () => {
    expect(changedFields(null, { name: "Ana" })).toEqual([{ field: "name", after: "Ana" }]);
    expect(changedFields({ name: "Ana" }, undefined)).toEqual([{ field: "name", before: "Ana" }]);
    expect(changedFields({ a: 1 }, { b: null })).toEqual([{ field: "a", before: 1 }, { field: "b", after: null }]);
  });

  it("compares non-object snapshots as one value, and reports nothing for equal or empty sides", () => {
    expect(changedFields("x", "y")).toEqual([{ field: "value", before: "x", after: "y" }]);
    expect(changedFields([1], [1])).toEqual([]);
    expect(changedFields(null, null)).toEqual([]);
  });
});
