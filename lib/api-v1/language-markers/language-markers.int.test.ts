import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as markersRoute from "@/app/api/v1/language-markers/route";
import * as markerRoute from "@/app/api/v1/language-markers/[id]/route";
import * as restoreRoute from "@/app/api/v1/language-markers/[id]/restore/route";
import * as sightingsRoute from "@/app/api/v1/sightings/route";
import { call, openHarness, type Harness } from "../testing/harness";

const TEXT = "Jest to konieczność dla naszego narodu.";
const sighting = (url: string) => ({
  item: { kind: "article", title: "Calque", text: TEXT, url, annotations: [{ marker: "russian-syntax-calque", quote: "Jest to konieczność" }] },
  sighting: { observedAt: "2025-02-03T10:00:00Z" },
});

describe("/api/v1/language-markers: soft delete and restore", () => {
  let h: Harness;
  let admin: string;
  let writer: string;
  let markerId: string;
  beforeAll(async () => {
    h = await openHarness();
    admin = (await h.token((await h.user("admin")).id, "write")).secret;
    writer = (await h.token((await h.user("fact_checker")).id, "write")).secret;
    const created = await call(markersRoute.POST, {
      method: "POST",
      path: "/api/v1/language-markers",
      token: writer,
      body: { slug: "russian-syntax-calque", name: "Russian syntax calque", languages: ["pl"] },
    });
    expect(created.status).toBe(201);
    markerId = (created.json.data as { id: string }).id;
    expect((await call(sightingsRoute.POST, { method: "POST", path: "/api/v1/sightings", token: writer, body: sighting("https://example.org/a") })).status).toBe(201);
  });
  afterAll(async () => h?.close());

  const slugsListed = async (token: string, query = "") => {
    const list = await call(markersRoute.GET, { path: `/api/v1/language-markers${query}`, token });
    expect(list.status).toBe(200);
    return (list.json.data as { slug: string }[]).map((m) => m.slug);
  };
  const remove = (token: string) =>
    call(markerRoute.DELETE, { method: "DELETE", path: `/api/v1/language-markers/${markerId}`, token, params: { id: markerId } });

  it("lets only admins delete; a deleted marker is hidden, refused for new annotations, kept by old ones; restore undoes it", async () => {
    const denied = await remove(writer);
    expect(denied.status).toBe(403);
    expect(await slugsListed(writer)).toEqual(["russian-syntax-calque"]);

    const deleted = await remove(admin);
    expect(deleted.status).toBe(200);
    expect((deleted.json.data as { deletedAt: string | null }).deletedAt).not.toBeNull();
    expect(await slugsListed(writer)).toEqual([]);
    expect(await slugsListed(admin, "?includeDeleted=true")).toEqual(["russian-syntax-calque"]);
    expect((await call(markersRoute.GET, { path: "/api/v1/language-markers?includeDeleted=true", token: writer })).status).toBe(403);
    const read = await call(markerRoute.GET, { path: `/api/v1/language-markers/${markerId}`, token: writer, params: { id: markerId } });
    expect(read.status).toBe(404);
    // The row is still there, and so is the annotation that used it.
    expect(await h.database.prisma.languageMarker.count()).toBe(1);
    expect(await h.database.prisma.markerAnnotation.count({ where: { markerId, deletedAt: null } })).toBe(1);

    const items = await h.database.prisma.item.count();
    const refused = await call(sightingsRoute.POST, { method: "POST", path: "/api/v1/sightings", token: writer, body: sighting("https://example.org/b") });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toContain("item.annotations[0].marker");
    expect(await h.database.prisma.item.count()).toBe(items);

    const restored = await call(restoreRoute.POST, { method: "POST", path: `/api/v1/language-markers/${markerId}/restore`, token: admin, params: { id: markerId } });
    expect(restored.status).toBe(200);
    expect((restored.json.data as { deletedAt: string | null }).deletedAt).toBeNull();
    expect(await slugsListed(writer)).toEqual(["russian-syntax-calque"]);
    expect((await call(sightingsRoute.POST, { method: "POST", path: "/api/v1/sightings", token: writer, body: sighting("https://example.org/b") })).status).toBe(201);

    const audit = await h.database.prisma.auditEvent.findMany({ where: { entityType: "language_marker", entityId: markerId }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "delete", "restore"]);
  });
});
