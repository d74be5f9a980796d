import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal";
import { ApiError } from "../http/errors";
import { campaigns, listCampaigns } from "./campaigns/store";
import { createCampaignBodySchema, updateCampaignBodySchema } from "./campaigns/schemas";
import { persons, listPersons } from "./persons/store";
import { createPersonBodySchema, updatePersonBodySchema } from "./persons/schemas";
import { createItem, listItems } from "./items/queries";
import { createItemBodySchema, updateItemBodySchema } from "./items/schemas";
import { items } from "./items/store";
import { openHarness, type Harness } from "./testing/harness";

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("v1 services: optimistic locking, soft delete, audit", () => {
  let h: Harness;
  let writer: Principal;
  let admin: Principal;
  let reader: Principal;
  beforeAll(async () => {
    h = await openHarness();
    writer = (await h.user("fact_checker")).principal;
    admin = (await h.user("admin")).principal;
    reader = (await h.user("journalist")).principal;
  });
  afterAll(async () => h?.close());

  it("updates with the current version, answers a stale one with 409 and overwrites nothing", async () => {
    const prisma = h.database.prisma;
    const created = await campaigns.create(prisma, createCampaignBodySchema.parse({ name: "Opération Overload", targetCountries: ["fr", "DE"] }), writer);
    expect(created).toMatchObject({ slug: "operation-overload", version: 1, targetCountries: ["FR", "DE"] });
    const first = await campaigns.update(prisma, created.id, updateCampaignBodySchema.parse({ version: 1, status: "dormant" }), writer);
    expect(first.version).toBe(2);
    const stale = await failure(campaigns.update(prisma, created.id, updateCampaignBodySchema.parse({ version: 1, name: "Overwritten" }), writer));
    expect(stale.status).toBe(409);
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(/changed by someone else.*your version 1, current 2/);
    expect((await campaigns.get(prisma, created.id, reader)).name).toBe("Opération Overload");
    const audit = await prisma.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1].before).toMatchObject({ status: "active", version: 1 });
    expect(audit[1].after).toMatchObject({ status: "dormant", version: 2 });
  });

  it("locks tables without a version column by updatedAt", async () => {
    const prisma = h.database.prisma;
    const person = await persons.create(prisma, createPersonBodySchema.parse({ name: "Alan Read", country: "gb" }), writer);
    const updated = await persons.update(prisma, person.id, updatePersonBodySchema.parse({ updatedAt: person.updatedAt, description: "KCL professor" }), writer);
    expect(updated.description).toBe("KCL professor");
    const stale = await failure(persons.update(prisma, person.id, updatePersonBodySchema.parse({ updatedAt: person.updatedAt, name: "X" }), writer));
    expect(stale.status).toBe(409);
    expect(stale.details?.[0].path).toBe("updatedAt");
  });

  it("hides a soft-deleted row from lists and reads, shows it to admins who ask, and restores it", async () => {
    const prisma = h.database.prisma;
    const person = await persons.create(prisma, createPersonBodySchema.parse({ name: "Deleted Person" }), writer);
    const deleted = await persons.remove(prisma, person.id, admin);
    expect(deleted.deletedAt).not.toBeNull();
    expect((await listPersons(prisma, { limit: 200, q: "Deleted Person" }, reader)).data).toEqual([]);
    expect((await failure(persons.get(prisma, person.id, reader))).status).toBe(404);
    expect((await failure(listPersons(prisma, { limit: 10, includeDeleted: true }, reader))).status).toBe(403);
    expect((await listPersons(prisma, { limit: 200, q: "Deleted Person", includeDeleted: true }, admin)).data).toHaveLength(1);
    expect((await failure(persons.update(prisma, person.id, updatePersonBodySchema.parse({ updatedAt: deleted.updatedAt, name: "Y" }), writer))).status).toBe(404);
    const restored = await persons.restore(prisma, person.id, admin);
    expect(restored.deletedAt).toBeNull();
    expect((await listPersons(prisma, { limit: 200, q: "Deleted Person" }, reader)).data).toHaveLength(1);
    const actions = await prisma.auditEvent.findMany({ where: { entityId: person.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["create", "delete", "restore"]);
  });

  it("creates items through ingest, edits them with re-derived URL, and hides deleted items' campaign links", async () => {
    const prisma = h.database.prisma;
    await campaigns.create(prisma, createCampaignBodySchema.parse({ name: "Matryoshka" }), writer);
    const body = createItemBodySchema.parse({
      item: { kind: "video", title: "Fake BBC clip", url: "https://x.com/someone/status/123?s=20", targetCountries: ["PL"], campaign: "matryoshka" },
      sighting: { observedAt: "2025-02-01T10:00:00Z" },
    });
    const created = await createItem(prisma, body, writer);
    expect(created.outcome).toBe("created");
    expect(created.data).toMatchObject({ canonicalUrl: "https://x.com/i/status/123", sightingCount: 1, version: 1 });
    expect((await createItem(prisma, body, writer)).outcome).toBe("merged");
    const edited = await items.update(prisma, created.data.id, updateItemBodySchema.parse({ version: 1, url: "https://twitter.com/someone/status/456", verdict: "synthetic" }), writer);
    expect(edited).toMatchObject({ canonicalUrl: "https://x.com/i/status/456", verdict: "synthetic", version: 2 });
    expect((await listItems(prisma, { limit: 10, campaign: "matryoshka" }, reader)).data.map((i) => i.id)).toEqual([created.data.id]);
    await items.remove(prisma, created.data.id, admin);
    expect((await listItems(prisma, { limit: 10, campaign: "matryoshka" }, reader)).data).toEqual([]);
  });

  it("rejects bad input naming the field and saves nothing", async () => {
    const prisma = h.database.prisma;
    const before = await prisma.campaign.count();
    const parsed = createCampaignBodySchema.safeParse({ name: "Bad", targetCountries: ["PL", "XX"] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["targetCountries", 1]);
    expect(parsed.error?.issues[0].message).toContain("targetCountries[1]");
    const missingActor = await failure(campaigns.create(prisma, createCampaignBodySchema.parse({ name: "Orphan", threatActorId: "00000000-0000-4000-8000-000000000000" }), writer));
    expect(missingActor.details?.[0].path).toBe("threatActorId");
    expect(await prisma.campaign.count()).toBe(before);
    expect((await listCampaigns(prisma, { limit: 200 }, reader)).data.map((c) => c.name)).not.toContain("Orphan");
  });
});
