import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { disarmPickerCatalog } from "./disarm-picker-catalog";
import { lookupQuerySchema } from "./schemas";
import { searchLookups } from "./search-lookups";

describe("typeahead lookups", () => {
  let database: TestDatabase;
  const search = (query: Record<string, string>) => searchLookups(database.prisma, lookupQuerySchema.parse(query));
  beforeAll(async () => {
    database = await createTestDatabase();
    const prisma = database.prisma;
    await prisma.person.createMany({ data: [{ name: "Alan Read", aliases: ["A. Read"] }, { name: "Reader Unknown" }, { name: "Gone Person", deletedAt: new Date() }] });
    await prisma.organization.create({ data: { name: "BBC", domain: "bbc.co.uk" } });
    await prisma.account.createMany({ data: [{ platform: "x", handle: "demo_overload_amp1" }, { platform: "telegram", handle: "demo_relay" }] });
    await prisma.languageMarker.create({ data: { slug: "russian-syntax-calque", name: "Russian syntax calque", category: "syntax" } });
    await prisma.campaign.create({ data: { slug: "matryoshka", name: "Matryoshka", aliases: ["Operation Overload"] } });
    await prisma.narrative.create({ data: { title: "Ukrainians are ungrateful" } });
  });
  afterAll(async () => database?.destroy());

  it("finds persons by part of the name, prefix matches first, never deleted ones", async () => {
    expect((await search({ kind: "person", q: "read" })).map((o) => o.label)).toEqual(["Reader Unknown", "Alan Read"]);
    expect(await search({ kind: "person", q: "gone" })).toEqual([]);
  });

  it("finds accounts by handle with or without @, filtered by platform", async () => {
    expect((await search({ kind: "account", q: "@demo" })).map((o) => o.label)).toEqual(["@demo_overload_amp1", "@demo_relay"]);
    expect((await search({ kind: "account", q: "demo", platform: "telegram" })).map((o) => o.label)).toEqual(["@demo_relay"]);
  });

  it("finds organizations by domain, markers by slug (the id a submission sends), campaigns by name", async () => {
    expect((await search({ kind: "organization", q: "bbc.co" }))[0].label).toBe("BBC");
    expect(await search({ kind: "marker", q: "calque" })).toEqual([{ id: "russian-syntax-calque", label: "Russian syntax calque", detail: "syntax" }]);
    expect((await search({ kind: "campaign", q: "matr" }))[0]).toMatchObject({ id: "matryoshka", detail: "Operation Overload" });
    expect((await search({ kind: "narrative", q: "ungrateful" }))[0].label).toBe("Ukrainians are ungrateful");
  });

  it("finds countries by code or name", async () => {
    expect((await search({ kind: "country", q: "pl" }))[0]).toMatchObject({ id: "PL", label: "Poland" });
    expect((await search({ kind: "country", q: "germ" }))[0]).toMatchObject({ id: "DE" });
    expect((await search({ kind: "country", q: "", limit: "50" }))).toHaveLength(50);
  });

  it("refuses an unknown kind", () => {
    expect(lookupQuerySchema.safeParse({ kind: "users" }).success).toBe(false);
  });

  it("serves all 391 DISARM techniques with their tactics", () => {
    const catalog = disarmPickerCatalog();
    expect(catalog.techniques).toHaveLength(391);
    expect(catalog.tactics.length).toBeGreaterThanOrEqual(16);
    expect(catalog.techniques.find((t) => t.id === "T0087.001")?.parentId).toBe("T0087");
  });
});
