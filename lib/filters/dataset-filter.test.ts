import { describe, expect, it } from "vitest";
import { canonicalFilter, datasetFilterSchema, filterInstants } from "./dataset-filter";

describe("datasetFilterSchema", () => {
  it("normalises codes and keeps a valid range", () => {
    const parsed = datasetFilterSchema.parse({ country: "pl", language: "PT-br", from: "2025-01-01", to: "2025-01-31" });
    expect(parsed).toMatchObject({ country: "PL", language: "pt-BR", from: "2025-01-01", to: "2025-01-31" });
  });

  it.each([
    [{ from: "2025-02-01", to: "2025-01-01" }, "to"],
    [{ from: "2025-02-30" }, "from"],
    [{ to: "yesterday" }, "to"],
    [{ country: "XX" }, "country"],
    [{ language: "not a tag!" }, "language"],
    [{ verdict: "maybe" }, "verdict"],
    [{ campaign: "Bad Slug" }, "campaign"],
    [{ cuntry: "PL" }, ""],
  ])("refuses %j naming the field", (input, field) => {
    const result = datasetFilterSchema.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain(field);
  });

  it("turns days into a half-open UTC range", () => {
    const { from, before } = filterInstants({ from: "2025-01-01", to: "2025-01-01" });
    expect(from!.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(before!.toISOString()).toBe("2025-01-02T00:00:00.000Z");
  });

  it("orders keys canonically and drops empty ones", () => {
    expect(Object.keys(canonicalFilter({ verdict: "false", campaign: "x", country: undefined }))).toEqual(["campaign", "verdict"]);
  });
});
