import { describe, expect, it } from "vitest";
import { listItemsQuerySchema } from "./schemas";

describe("listItemsQuerySchema", () => {
  it("fills defaults for an empty query", () => {
    expect(listItemsQuerySchema.parse({})).toEqual({ sort: "first_seen", dir: "desc", page: 1, pageSize: 25 });
  });

  it("coerces numbers and normalises codes", () => {
    const parsed = listItemsQuerySchema.parse({
      page: "3",
      pageSize: "50",
      country: "pl",
      language: "pt-br",
      q: "  macron  ",
      kind: "video",
      verdict: "synthetic",
      campaign: "matryoshka",
      sort: "sightings",
      dir: "asc",
    });
    expect(parsed).toMatchObject({ page: 3, pageSize: 50, country: "PL", language: "pt-BR", q: "macron" });
  });

  it("drops blank text filters", () => {
    const parsed = listItemsQuerySchema.parse({ q: "   ", platform: "" });
    expect(parsed.q).toBeUndefined();
    expect(parsed.platform).toBeUndefined();
  });

  it.each([
    ["pageSize", { pageSize: "30" }],
    ["page", { page: "0" }],
    ["page", { page: "two" }],
    ["kind", { kind: "hologram" }],
    ["verdict", { verdict: "true" }],
    ["country", { country: "POL" }],
    ["language", { language: "not a tag" }],
    ["campaign", { campaign: "Bad Slug!" }],
    ["sort", { sort: "random" }],
    ["q", { q: "x".repeat(201) }],
  ])("rejects a bad %s and names it", (field, query) => {
    const result = listItemsQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });

  it("refuses unknown parameters", () => {
    const result = listItemsQuerySchema.safeParse({ verdikt: "false" });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain("verdikt");
  });
});
