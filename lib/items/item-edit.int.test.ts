import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { logSighting } from "../ingest/log-sighting";
import { logSightingBodySchema } from "../ingest/schemas";
import { updateSightingBodySchema } from "../sightings/form-schemas";
import { updateSighting } from "../sightings/update-sighting";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getItem } from "./get-item";
import { getItemHistory } from "./get-item-history";
import { setItemDeleted } from "./soft-delete-item";
import { STALE_ITEM_MESSAGE, updateItem } from "./update-item";
import { updateItemBodySchema } from "./update-item-schema";
import { rejection } from "../testing/rejection";

describe("editing items and sightings: optimistic locking, soft delete, history", () => {
  let database: TestDatabase;
  let actor: Actor;
  let itemId: string;
  let sightingId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await database.prisma.user.create({ data: { email: "ed@example.test", name: "Edith Editor", role: "admin" } });
    actor = { kind: "user", userId: user.id };
    const input = logSightingBodySchema.parse({
      item: { kind: "video", title: "Original title", url: "https://example.org/fake-1", verdict: "unverified" },
      sighting: { observedAt: "2025-01-10T08:00:00Z", views: 10 },
    });
    ({ itemId, sightingId } = await logSighting(database.prisma, input, { channel: "form", actor, onDuplicate: "reject" }));
  });
  afterAll(async () => database?.destroy());

  it("saves an edit made from the current version and bumps it", async () => {
    const result = await updateItem(database.prisma, itemId, updateItemBodySchema.parse({ version: 1, title: "Edited title", verdict: "synthetic" }), actor);
    expect(result.version).toBe(2);
    const item = await database.prisma.item.findUniqueOrThrow({ where: { id: itemId } });
    expect(item).toMatchObject({ title: "Edited title", verdict: "synthetic", version: 2 });
  });

  it("refuses a stale edit with 409 and the clear message, overwriting nothing", async () => {
    const error = await rejection(updateItem(database.prisma, itemId, updateItemBodySchema.parse({ version: 1, title: "Lost update" }), actor));
    expect(error.status).toBe(409);
    expect(error.message).toBe(STALE_ITEM_MESSAGE);
    expect((await database.prisma.item.findUniqueOrThrow({ where: { id: itemId } })).title).toBe("Edited title");
  });

  it("lets exactly one of two racing edits from the same version win", async () => {
    const edit = (title: string) => updateItem(database.prisma, itemId, updateItemBodySchema.parse({ version: 2, title }), actor);
    const outcomes = await Promise.allSettled([edit("Racer A"), edit("Racer B")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((loser.reason as ApiError).status).toBe(409);
  });

  it("names the field for a javascript: URL and for another item's URL", async () => {
    const { version } = await database.prisma.item.findUniqueOrThrow({ where: { id: itemId } });
    const bad = await rejection(updateItem(database.prisma, itemId, updateItemBodySchema.parse({ version, url: "javascript:alert(1)" }), actor));
    expect(bad).toMatchObject({ status: 422 });
    expect(bad.details?.[0].path).toBe("url");
    const other = await logSighting(
      database.prisma,
      logSightingBodySchema.parse({ item: { kind: "post", url: "https://example.org/other" }, sighting: { observedAt: "2025-01-11T08:00:00Z" } }),
      { channel: "form", actor, onDuplicate: "reject" },
    );
    const taken = await rejection(updateItem(database.prisma, itemId, updateItemBodySchema.parse({ version, url: "https://example.org/other?utm_source=x" }), actor));
    expect(taken.status).toBe(409);
    expect(taken.details?.[0].message).toContain(other.itemId);
  });

  it("edits a sighting under the same lock rules", async () => {
    const ok = await updateSighting(database.prisma, sightingId, updateSightingBodySchema.parse({ version: 1, views: 500, audienceCountry: "pl" }), actor);
    expect(ok.version).toBe(2);
    const stale = await rejection(updateSighting(database.prisma, sightingId, updateSightingBodySchema.parse({ version: 1, views: 1 }), actor));
    expect(stale.status).toBe(409);
    const row = await database.prisma.sighting.findUniqueOrThrow({ where: { id: sightingId } });
    expect(row).toMatchObject({ views: 500n, audienceCountry: "PL" });
  });

  it("soft-deletes (hidden from getItem, visible to moderators) and restores", async () => {
    await setItemDeleted(database.prisma, itemId, true, actor);
    expect(await getItem(itemId, database.prisma)).toBeNull();
    expect((await getItem(itemId, database.prisma, { includeDeleted: true }))?.deletedAt).not.toBeNull();
    // Editing a deleted item is not possible.
    expect((await rejection(updateItem(database.prisma, itemId, updateItemBodySchema.parse({ version: 99, title: "x" }), actor))).status).toBe(404);
    await setItemDeleted(database.prisma, itemId, false, actor);
    expect((await getItem(itemId, database.prisma))?.deletedAt).toBeNull();
  });

  it("tells the story in the history: who, what, before → after, newest first", async () => {
    const history = await getItemHistory(itemId, database.prisma);
    expect(history.map((e) => `${e.entityType}:${e.action}`)).toEqual([
      "item:restore",
      "item:delete",
      "sighting:update",
      "item:update",
      "item:update",
      "sighting:create",
      "item:create",
    ]);
    const firstEdit = history[4];
    expect(firstEdit.actor.name).toBe("Edith Editor");
    expect(firstEdit.changes).toEqual(
      expect.arrayContaining([
        { field: "title", before: "Original title", after: "Edited title" },
        { field: "verdict", before: "unverified", after: "synthetic" },
      ]),
    );
    expect(firstEdit.changes.map((c) => c.field)).not.toContain("version");
    expect(history[0].changes[0]).toMatchObject({ field: "deletedAt", after: null });
  });
});
