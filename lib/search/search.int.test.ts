import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicaliseUrl } from "../urls/canonical-url";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { searchQuerySchema, type SearchHit, type SearchResponse, type SearchType } from "./schemas";
import { search } from "./search";
import { MARK_END, MARK_START } from "./segments";
import { TEXT_SEARCH_CONFIGS } from "./text-search";

const text = (segments: { text: string }[] | null) => (segments ?? []).map((s) => s.text).join("");
const hits = (segments: { text: string; hit: boolean }[] | null) => (segments ?? []).filter((s) => s.hit).map((s) => s.text);

describe(`search (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  const run = (query: Record<string, string>) => search(searchQuerySchema.parse(query), database.prisma);
  const group = (response: SearchResponse, type: SearchType): SearchHit[] => response.groups.find((g) => g.type === type)?.hits ?? [];
  const labels = (response: SearchResponse, type: SearchType) => group(response, type).map((h) => text(h.label));

  beforeAll(async () => {
    database = await createTestDatabase();
    const prisma = database.prisma;
    await prisma.item.createMany({
      data: [
        {
          kind: "video",
          title: 'Deepfake: KCL professor Alan Read "insults" Emmanuel Macron',
          text: "A cloned voice of Alan Read calls the French president names. The professor never said it.",
          languages: ["en"],
          canonicalUrl: canonicaliseUrl("https://x.com/demo_overload_amp1/status/1790000000000000001").canonical,
        },
        { kind: "post", title: "Alan Read", text: "A post titled with the name only.", languages: ["en"] },
        { kind: "post", title: "Die Lüge", text: "Die Regierung verschweigt alles über die Flüchtlinge.", languages: ["de"] },
        { kind: "post", title: "Новости", text: "Итоги выборы были подделаны, говорят источники.", languages: ["ru"] },
        { kind: "post", title: "Polacy", text: "Polacy powinni opuścić Unię Europejską.", languages: ["pl"] },
        {
          kind: "post",
          title: "<img src=x onerror=alert(1)>",
          text: `Payload <script>alert(1)</script> and a fake ${MARK_START}marker${MARK_END} in stored text.`,
          languages: ["en"],
        },
        { kind: "post", title: "Deleted Alan Read copy", text: "gone", languages: ["en"], deletedAt: new Date() },
      ],
    });
    await prisma.person.createMany({
      data: [
        { name: "Alan Read", aliases: ["A. Read"], description: "Professor at King's College London" },
        { name: "Alan Readerson" },
        { name: "Emmanuel Macron" },
        { name: "Gone Person", deletedAt: new Date() },
      ],
    });
    await prisma.organization.createMany({
      data: [
        { name: "BBC", aliases: ["BBC News"], domain: "bbc.co.uk" },
        { name: "Euronews", domain: "euronews.com" },
      ],
    });
    const matryoshka = await prisma.campaign.create({
      data: { slug: "matryoshka", name: "Matryoshka", aliases: ["Operation Overload", "Storm-1679"] },
    });
    await prisma.campaign.create({ data: { slug: "old-overload", name: "Overload (old)", mergedIntoId: matryoshka.id } });
    await prisma.account.create({ data: { platform: "x", handle: "demo_overload_amp1", displayName: "Overload amplifier" } });
    await prisma.narrative.create({
      data: { title: "Macron is a discredited warmonger", claim: "Even Western experts mock Macron as a vain performer." },
    });
  });
  afterAll(async () => database?.destroy());

  it("knows every text-search configuration it queries with, as the trigger does", async () => {
    const rows = await database.prisma.$queryRaw<{ cfgname: string }[]>`SELECT cfgname FROM pg_ts_config`;
    const known = new Set(rows.map((r) => r.cfgname));
    expect(TEXT_SEARCH_CONFIGS.filter((c) => !known.has(c))).toEqual([]);
    const [{ german }] = await database.prisma.$queryRaw<{ german: string }[]>`SELECT sightline_ts_config('de-AT')::text AS german`;
    expect(german).toBe("german");
  });

  it("finds each type: items, campaigns, persons, organizations, accounts, narratives", async () => {
    expect(labels(await run({ q: "cloned voice" }), "item")).toEqual(['Deepfake: KCL professor Alan Read "insults" Emmanuel Macron']);
    expect(group(await run({ q: "Matryoshka" }), "campaign")[0]).toMatchObject({ id: "matryoshka", href: "/campaigns/matryoshka" });
    expect(labels(await run({ q: "Emmanuel Macron" }), "person")).toEqual(["Emmanuel Macron"]);
    expect(labels(await run({ q: "euronews" }), "organization")).toEqual(["Euronews"]);
    expect(labels(await run({ q: "@demo_overload" }), "account")).toEqual(["@demo_overload_amp1"]);
    expect(labels(await run({ q: "warmonger" }), "narrative")).toEqual(["Macron is a discredited warmonger"]);
  });

  it("opens items on their page and parties as the items list searched for them", async () => {
    const response = await run({ q: "Alan Read" });
    expect(group(response, "item")[0].href).toMatch(/^\/items\/[0-9a-f-]{36}$/);
    expect(group(response, "person")[0].href).toBe("/items?q=Alan+Read");
    expect(group(await run({ q: "demo_overload_amp1" }), "account")[0].href).toBe("/items?q=demo_overload_amp1");
  });

  it("ranks exact matches first: a title equal to the query, the exact name, then others", async () => {
    const response = await run({ q: "Alan Read" });
    expect(labels(response, "item")).toEqual(["Alan Read", 'Deepfake: KCL professor Alan Read "insults" Emmanuel Macron']);
    expect(labels(response, "person")).toEqual(["Alan Read", "Alan Readerson"]);
  });

  it("ranks the item with the exact URL first, in any form of the URL", async () => {
    const response = await run({ q: "https://twitter.com/demo_overload_amp1/status/1790000000000000001?utm_source=x" });
    expect(labels(response, "item")[0]).toMatch(/^Deepfake: KCL professor Alan Read/);
  });

  it("matches a partial URL by substring and highlights it", async () => {
    const [hit] = group(await run({ q: "x.com/i/status/17900" }), "item");
    expect(text(hit.label)).toMatch(/^Deepfake/);
    expect(text(hit.snippet)).toBe("https://x.com/i/status/1790000000000000001");
    expect(hits(hit.snippet)).toEqual(["x.com/i/status/17900"]);
  });

  it("matches stemmed forms in the item's language (German, Russian) and plain words in any (Polish)", async () => {
    expect(labels(await run({ q: "Regierungen" }), "item")).toEqual(["Die Lüge"]);
    expect(labels(await run({ q: "выборов" }), "item")).toEqual(["Новости"]);
    expect(labels(await run({ q: "Polacy Unię" }), "item")).toEqual(["Polacy"]);
  });

  it("finds items while the last word is still being typed", async () => {
    expect(labels(await run({ q: "cloned voi" }), "item")).toEqual(['Deepfake: KCL professor Alan Read "insults" Emmanuel Macron']);
    const [hit] = group(await run({ q: "Regier" }), "item");
    expect(text(hit.label)).toBe("Die Lüge");
    expect(hits(hit.snippet)).toEqual(["Regierung"]);
  });

  it("highlights the matching words of the item text, as segments without markup", async () => {
    const [hit] = group(await run({ q: "Regierungen" }), "item");
    expect(hits(hit.snippet)).toEqual(["Regierung"]);
    expect(text(hit.snippet)).toContain("verschweigt");
  });

  it("tolerates a typo in a name (trigram similarity)", async () => {
    expect(labels(await run({ q: "Alan Raed" }), "person")[0]).toBe("Alan Read");
    expect(labels(await run({ q: "Matroshka" }), "campaign")).toEqual(["Matryoshka"]);
    expect(labels(await run({ q: "Euronws" }), "organization")).toEqual(["Euronews"]);
  });

  it("finds a campaign by alias and says so; merged and deleted records are never found", async () => {
    const response = await run({ q: "Operation Overload" });
    const [hit] = group(response, "campaign");
    expect(text(hit.label)).toBe("Matryoshka");
    expect(hits(hit.snippet)).toEqual(["Operation", "Overload"]);
    expect(labels(response, "campaign")).not.toContain("Overload (old)");
    expect(labels(await run({ q: "Gone Person" }), "person")).toEqual([]);
    expect(labels(await run({ q: "Deleted Alan Read copy" }), "item")).not.toContain("Deleted Alan Read copy");
  });

  it("treats SQL, regex and tsquery metacharacters as text, never failing", async () => {
    for (const q of ["%", "_", "\\", "'", "''; DROP TABLE items; --", "a & b | !c", "(", ":*", ".*", "[", "<->", '"', "-", "%%%%"]) {
      const response = await run({ q });
      for (const g of response.groups) expect(g.hits.every((h) => h.label.length > 0)).toBe(true);
    }
    expect((await run({ q: "%" })).groups.find((g) => g.type === "item")).toBeUndefined();
  });

  it("returns HTML in user text as plain text segments and drops stored marker characters", async () => {
    const response = await run({ q: "onerror" });
    const [hit] = group(response, "item");
    expect(text(hit.label)).toBe("<img src=x onerror=alert(1)>");
    const scriptHit = group(await run({ q: "payload" }), "item")[0];
    expect(text(scriptHit.snippet)).toContain("Payload <script>alert(1)</script> and");
    expect(text(scriptHit.snippet)).toContain("fake marker");
    expect(hits(scriptHit.snippet)).toEqual(["Payload"]);
    expect(JSON.stringify(response)).not.toMatch(/[\u0002\u0003]/);
  });

  it("answers an empty query with no groups, and honours types and limit", async () => {
    expect(await run({ q: "   " })).toEqual({ q: "", groups: [] });
    const onlyPersons = await run({ q: "Alan", types: "person", limit: "1" });
    expect(onlyPersons.groups.map((g) => g.type)).toEqual(["person"]);
    expect(onlyPersons.groups[0].hits).toHaveLength(1);
  });

  it("matches one-letter queries by name prefix without scanning for substrings", async () => {
    expect(labels(await run({ q: "e", types: "person,organization" }), "person")).toEqual(["Emmanuel Macron"]);
    expect(labels(await run({ q: "e", types: "person,organization" }), "organization")).toEqual(["Euronews"]);
  });

  it("refuses bad parameters by name", () => {
    const long = searchQuerySchema.safeParse({ q: "x".repeat(1000) });
    expect(long.success || long.error.issues[0].path).toEqual(["q"]);
    const types = searchQuerySchema.safeParse({ q: "a", types: "item,users" });
    expect(types.success || types.error.issues[0].path[0]).toBe("types");
    expect(searchQuerySchema.safeParse({ q: "a", limit: "0" }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: "a", sort: "x" }).success).toBe(false);
  });
});
