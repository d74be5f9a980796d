import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../auth/api-tokens";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { listAuditEvents } from "./list-audit-events";
import { listAuditQuerySchema } from "./schemas";

const query = (input: Record<string, string | number>) => listAuditQuerySchema.parse(input);

describe("listAuditEvents", () => {
  let database: TestDatabase;
  let ana: string;
  let token: { id: string; prefix: string };
  beforeAll(async () => {
    database = await createTestDatabase();
    const prisma = database.prisma;
    ana = (await prisma.user.create({ data: { email: "ana@team.test", name: "Ana", role: "admin" } })).id;
    const created = await createApiToken(prisma, { userId: ana, name: "tipline", scope: "write" }, { kind: "system" });
    token = { id: created.id, prefix: created.prefix };
    // 130 events over 13 days, ten a day at the same instant (ties on `at` are what keyset pagination must survive).
    const rows = Array.from({ length: 130 }, (_, i) => {
      const kind = i % 3 === 0 ? "system" : i % 3 === 1 ? "user" : "api_token";
      return {
        at: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 10), 12)),
        actorKind: kind as "system" | "user" | "api_token",
        actorId: kind === "system" ? null : ana,
        action: i % 2 ? "update" : "create",
        entityType: i % 5 ? "item" : "campaign",
        entityId: `entity-${i % 7}`,
        after: { n: i },
        requestId: kind === "api_token" ? `token:${created.id}` : null,
      };
    });
    // Only the synthetic events: the token's own creation event would shift the counts below.
    await prisma.auditEvent.deleteMany({ where: { entityType: "api_token" } });
    await prisma.auditEvent.createMany({ data: rows });
  });
  afterAll(async () => database?.destroy());

  it("pages newest first through every event exactly once, ties included", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAuditEvents(database.prisma, query({ limit: 17, ...(cursor && { cursor }) }));
      seen.push(...page.events.map((e) => (e.after as { n: number }).n));
      const times = page.events.map((e) => e.at);
      expect([...times].sort().reverse()).toEqual(times);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(130 / 17));
    expect(new Set(seen).size).toBe(130);
    expect(seen.slice(0, 10).every((n) => n >= 120)).toBe(true);
  });

  it("filters by actor, system, action, entity and an inclusive date range", async () => {
    const prisma = database.prisma;
    const all = async (input: Record<string, string>) => (await listAuditEvents(prisma, query({ ...input, limit: 200 }))).events;
    expect(await all({ actor: "system" })).toHaveLength(44);
    expect((await all({ actor: ana })).every((e) => e.actor.id === ana && e.actor.name === "Ana")).toBe(true);
    expect(await all({ action: "update" })).toHaveLength(65);
    expect(await all({ entityType: "campaign", entityId: "entity-0" })).toHaveLength(4);
    const days = await all({ from: "2025-01-02", to: "2025-01-03" });
    expect(days).toHaveLength(20);
    expect(days.every((e) => e.at >= "2025-01-02" && e.at < "2025-01-04")).toBe(true);
  });

  it("names the API token an event came through, never its secret", async () => {
    const events = (await listAuditEvents(database.prisma, query({ actor: ana, limit: 5 }))).events;
    const viaToken = events.find((e) => e.actor.kind === "api_token");
    expect(viaToken?.actor.token).toEqual({ id: token.id, name: "tipline", prefix: token.prefix });
  });

  it("refuses cursors it did not give out and reversed ranges", () => {
    expect(listAuditQuerySchema.safeParse({ cursor: "bm9wZQ" }).success).toBe(false);
    expect(listAuditQuerySchema.safeParse({ from: "2025-02-01", to: "2025-01-01" }).success).toBe(false);
    expect(listAuditQuerySchema.safeParse({ actor: "'; drop table" }).success).toBe(false);
  });
});
