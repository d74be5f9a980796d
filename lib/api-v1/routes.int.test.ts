import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { revokeApiToken } from "../auth/api-tokens";
import { updateUser } from "../users/manage-users";
import * as sightingsRoute from "@/app/api/v1/sightings/route";
import * as itemsRoute from "@/app/api/v1/items/route";
import * as narrativesRoute from "@/app/api/v1/narratives/route";
import * as narrativeRoute from "@/app/api/v1/narratives/[id]/route";
import { call, openHarness, type Harness } from "./testing/harness";

const SIGHTING = {
  item: { kind: "video", title: "Polexit appeal", url: "https://www.youtube.com/watch?v=abcDEF12345", targetCountries: ["PL"] },
  sighting: { observedAt: "2025-02-03T10:00:00Z", audienceCountry: "PL" },
};

describe("/api/v1 route handlers", () => {
  let h: Harness;
  let write: string;
  let read: string;
  beforeAll(async () => {
    h = await openHarness();
    const checker = await h.user("fact_checker");
    write = (await h.token(checker.id, "write")).secret;
    read = (await h.token(checker.id, "read")).secret;
  });
  afterAll(async () => h?.close());
  afterEach(() => {
    delete process.env.SIGHTLINE_API_RATE_LIMIT;
  });

  it("creates a sighting once for two POSTs with the same Idempotency-Key", async () => {
    const post = () => call(sightingsRoute.POST, { method: "POST", path: "/api/v1/sightings", token: write, body: SIGHTING, headers: { "Idempotency-Key": "abc-1" } });
    const first = await post();
    const second = await post();
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await h.database.prisma.sighting.count()).toBe(1);
    const other = await call(sightingsRoute.POST, { method: "POST", path: "/api/v1/sightings", token: write, body: { ...SIGHTING, sighting: { observedAt: "2025-02-04T00:00:00Z" } }, headers: { "Idempotency-Key": "abc-1" } });
    expect(other.status).toBe(422);
    expect(other.json).toMatchObject({ error: { code: "idempotency_key_reused" } });
  });

  it("lists with a token and carries rate-limit headers", async () => {
    const list = await call(itemsRoute.GET, { path: "/api/v1/items?limit=1&country=PL", token: read });
    expect(list.status).toBe(200);
    expect((list.json.data as unknown[]).length).toBe(1);
    expect(list.json.nextCursor).toBeNull();
    expect(list.headers.get("RateLimit-Limit")).toBe("120");
    expect(Number(list.headers.get("RateLimit-Remaining"))).toBeLessThan(120);
  });

  it("refuses writes with a read-scope token (403), and unknown, revoked, expired or deactivated tokens (401)", async () => {
    const denied = await call(narrativesRoute.POST, { method: "POST", path: "/api/v1/narratives", token: read, body: { title: "x" } });
    expect(denied.status).toBe(403);
    expect(denied.json).toMatchObject({ error: { code: "forbidden", message: expect.stringContaining("read scope") } });

    const owner = await h.user("fact_checker");
    const revoked = await h.token(owner.id, "write");
    await revokeApiToken(h.database.prisma, revoked.id, { kind: "system" });
    const expired = await h.token(owner.id, "write", new Date(Date.now() - 1000));
    const other = await h.user("fact_checker");
    const ofDeactivated = await h.token(other.id, "write");
    await updateUser(h.database.prisma, other.id, { active: false }, { kind: "system" });
    for (const token of [revoked.secret, expired.secret, ofDeactivated.secret, "sl_not-a-real-token", undefined]) {
      const response = await call(itemsRoute.GET, { path: "/api/v1/items", token });
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({ error: { code: "unauthenticated" } });
    }
  });

  it("answers 429 over the limit with Retry-After, in the one error shape", async () => {
    process.env.SIGHTLINE_API_RATE_LIMIT = "2";
    const owner = await h.user("journalist");
    const token = (await h.token(owner.id, "read")).secret;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await call(narrativesRoute.GET, { path: "/api/v1/narratives", token }));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
    const limited = statuses[2];
    expect(limited.json).toMatchObject({ error: { code: "rate_limited" } });
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(limited.headers.get("RateLimit-Remaining")).toBe("0");
  });

  it("answers bad input with a 4xx naming the field, and saves nothing", async () => {
    const before = await h.database.prisma.item.count();
    const bad = await call(itemsRoute.POST, {
      method: "POST",
      path: "/api/v1/items",
      token: write,
      body: { ...SIGHTING, item: { ...SIGHTING.item, url: "https://example.org/new", targetCountries: ["XX"] } },
    });
    expect(bad.status).toBe(422);
    const error = bad.json.error as { message: string; details: { path: string; message: string }[] };
    expect(error.details.map((d) => d.path)).toEqual(["item.targetCountries.0"]);
    expect(error.details.find((d) => d.path === "item.targetCountries.0")?.message).toContain("targetCountries[0]");
    for (const archiveUrl of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"]) {
      const link = await call(itemsRoute.POST, { method: "POST", path: "/api/v1/items", token: write, body: { ...SIGHTING, item: { ...SIGHTING.item, url: "https://example.org/new", archiveUrl } } });
      expect(link.status).toBe(422);
      expect((link.json.error as { details: { path: string }[] }).details[0].path).toBe("item.archiveUrl");
    }
    const malformed = await call(itemsRoute.POST, { method: "POST", path: "/api/v1/items", token: write, rawBody: '{"item": ' });
    expect(malformed).toMatchObject({ status: 400, json: { error: { code: "invalid_json" } } });
    const huge = await call(narrativesRoute.POST, { method: "POST", path: "/api/v1/narratives", token: write, body: { title: "x".repeat(2 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    const unknownField = await call(narrativesRoute.POST, { method: "POST", path: "/api/v1/narratives", token: write, body: { title: "ok", colour: "red" } });
    expect(unknownField.status).toBe(422);
    expect((unknownField.json.error as { details: { path: string }[] }).details[0].path).toBe("colour");
    expect(await h.database.prisma.item.count()).toBe(before);
    expect(await h.database.prisma.narrative.count({ where: { title: "ok" } })).toBe(0);
  });

  it("stores script payloads as inert text and answers a stale PATCH with 409", async () => {
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await call(narrativesRoute.POST, { method: "POST", path: "/api/v1/narratives", token: write, body: { title: payload } });
    expect(created.status).toBe(201);
    const narrative = created.json.data as { id: string; title: string; updatedAt: string };
    expect(narrative.title).toBe(payload);
    const patch = (body: unknown) => call(narrativeRoute.PATCH, { method: "PATCH", path: `/api/v1/narratives/${narrative.id}`, token: write, body, params: { id: narrative.id } });
    expect((await patch({ updatedAt: narrative.updatedAt, claim: "first" })).status).toBe(200);
    const stale = await patch({ updatedAt: narrative.updatedAt, claim: "second" });
    expect(stale).toMatchObject({ status: 409, json: { error: { code: "conflict" } } });
    const read = await call(narrativeRoute.GET, { path: `/api/v1/narratives/${narrative.id}`, token: write, params: { id: narrative.id } });
    expect(read.json.data).toMatchObject({ claim: "first" });
    const missing = await call(narrativeRoute.GET, { path: "/api/v1/narratives/nope", token: write, params: { id: "nope" } });
    expect(missing).toMatchObject({ status: 404, json: { error: { code: "not_found" } } });
  });
});
