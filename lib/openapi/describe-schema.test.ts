import { describe, expect, it } from "vitest";
import { describeType, fieldRows } from "./describe-schema";

describe("describeType / fieldRows", () => {
  it("names refs, enums, unions, arrays and formats", () => {
    expect(describeType({ $ref: "#/components/schemas/Item" })).toBe("Item");
    expect(describeType({ type: "string", enum: ["read", "write"] })).toBe('"read" | "write"');
    expect(describeType({ anyOf: [{ type: "string", format: "uuid" }, { type: "null" }] })).toBe("string (uuid) | null");
    expect(describeType({ type: "array", items: { type: "integer" } })).toBe("integer[]");
  });

  it("lists properties with required flags, constraints and one level of nesting", () => {
    const rows = fieldRows({
      type: "object",
      required: ["item", "limit"],
      properties: {
        limit: { type: "integer", minimum: 1, maximum: 200, default: 50 },
        item: { type: "object", required: ["kind"], properties: { kind: { type: "string", description: "what it is" } } },
      },
    });
    expect(rows).toEqual([
      { name: "limit", type: "integer", required: false, description: "default 50; 1–200" },
      { name: "item", type: "object", required: true, description: "" },
      { name: "item.kind", type: "string", required: true, description: "what it is" },
    ]);
  });
});
