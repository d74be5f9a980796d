import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as markersRoute from "@/app/api/v1/language-markers/route";
import * as markerRoute from "@/app/api/v1/language-markers/[id]/route";
import { call, openHarness, type Harness } from "../testing/harness";
import { countAnnotationsByMarker } from "./annotation-counts";

type ListedMarker = { slug: string; annotationCount?: number };

describe("annotation counts of language markers", () => {
  let h: Harness;
  let admin: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await openHarness();
    admin = (await h.token((await h.user("admin")).id, "write")).secret;
    const prisma = h.database.prisma;
    for (const slug of ["calque", "cyrillic-homoglyph", "unused", "retired"]) {
      ids[slug] = (await prisma.languageMarker.create({ data: { slug, name: `Marker ${slug}`, deletedAt: slug === "retired" ? new Date() : null } })).id;
    }
    const live = await prisma.item.create({ data: { kind: "post", text: "Jest to konieczność" } });
    const other = await prisma.item.create({ data: { kind: "post", text: "Jest to konieczność" } });
    const deletedItem = await prisma.item.create({ data: { kind: "post", text: "Jest to konieczność", deletedAt: new Date() } });
    const annotate = (itemId: string, slug: string, deletedAt: Date | null = null) =>
      prisma.markerAnnotation.create({ data: { itemId, markerId: ids[slug], quote: "Jest to", deletedAt } });
    await annotate(live.id, "calque");
    await annotate(other.id, "calque");
    await annotate(live.id, "calque", new Date()); // removed by a fact-checker: no longer counts
    await annotate(deletedItem.id, "calque"); // on a deleted item: hidden, does not count
    await annotate(live.id, "cyrillic-homoglyph");
    await annotate(other.id, "retired"); // a deleted marker keeps the annotations made before
  });
  afterAll(async () => h?.close());

  it("counts live annotations on live items per marker in one grouped query; unused markers are absent", async () => {
    const counts = await countAnnotationsByMarker(h.database.prisma, Object.values(ids));
    expect(Object.fromEntries([...counts].map(([id, n]) => [Object.keys(ids).find((s) => ids[s] === id), n]))).toEqual({
      calque: 2,
      "cyrillic-homoglyph": 1,
      retired: 1,
    });
    expect((await countAnnotationsByMarker(h.database.prisma, [ids["cyrillic-homoglyph"]])).get(ids.calque)).toBeUndefined();
    expect((await countAnnotationsByMarker(h.database.prisma, [])).size).toBe(0);
  });

  it("the list answers carry annotationCount (0 when unused), page by page and with deleted markers", async () => {
    const list = async (query: string) => {
      const answer = await call(markersRoute.GET, { path: `/api/v1/language-markers${query}`, token: admin });
      expect(answer.status).toBe(200);
      return answer.json as { data: ListedMarker[]; nextCursor: string | null };
    };
    const all = await list("?includeDeleted=true");
    expect(Object.fromEntries(all.data.map((m) => [m.slug, m.annotationCount]))).toEqual({ calque: 2, "cyrillic-homoglyph": 1, unused: 0, retired: 1 });

    const first = await list("?includeDeleted=true&limit=2");
    const second = await list(`?includeDeleted=true&limit=2&cursor=${first.nextCursor}`);
    expect([...first.data, ...second.data]).toEqual(all.data);

    // A single read keeps the resource's shape; the count belongs to lists.
    const one = await call(markerRoute.GET, { path: `/api/v1/language-markers/${ids.calque}`, token: admin, params: { id: ids.calque } });
    expect(one.json.data).not.toHaveProperty("annotationCount");
  });
});

describe("duplicate slug or name", () => {
  let h: Harness;
  let admin: string;
  beforeAll(async () => {
    h = await openHarness();
    admin = (await h.token((await h.user("admin")).id, "write")).secret;
  });
  afterAll(async () => h?.close());

  const create = (body: Record<string, unknown>) => call(markersRoute.POST, { method: "POST", path: "/api/v1/language-markers", token: admin, body });
  const patch = (id: string, body: Record<string, unknown>) =>
    call(markerRoute.PATCH, { method: "PATCH", path: `/api/v1/language-markers/${id}`, token: admin, params: { id }, body });
  const fieldOf = (json: Record<string, unknown>) => (json.error as { details: { path: string }[] }).details.map((d) => d.path);

  it("answers 409 naming the field that clashed, on create and on edit, and writes nothing", async () => {
    expect((await create({ slug: "calque", name: "Russian syntax calque" })).status).toBe(201);
    const sameName = await create({ slug: "calque-2", name: "Russian syntax calque" });
    expect(sameName.status).toBe(409);
    expect(fieldOf(sameName.json)).toEqual(["name"]);
    const sameSlug = await create({ slug: "calque", name: "Another name" });
    expect(sameSlug.status).toBe(409);
    expect(fieldOf(sameSlug.json)).toEqual(["slug"]);

    const other = await create({ slug: "homoglyph", name: "Cyrillic homoglyph" });
    const { id, updatedAt } = other.json.data as { id: string; updatedAt: string };
    const rename = await patch(id, { updatedAt, name: "Russian syntax calque" });
    expect(rename.status).toBe(409);
    expect(fieldOf(rename.json)).toEqual(["name"]);
    expect(await h.database.prisma.languageMarker.count()).toBe(2);
    expect(await h.database.prisma.auditEvent.count({ where: { entityType: "language_marker" } })).toBe(2);
  });

  it("an edit stores each language once", async () => {
    const made = await create({ slug: "dup-langs", name: "Dup langs", languages: ["pl"] });
    const { id, updatedAt } = made.json.data as { id: string; updatedAt: string };
    const edited = await patch(id, { updatedAt, languages: ["de", "pl", "DE"] });
    expect(edited.status).toBe(200);
    expect((edited.json.data as { languages: string[] }).languages).toEqual(["de", "pl"]);
  });
});
