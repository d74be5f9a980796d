import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../audit/record-audit";
import { logSighting } from "../ingest/log-sighting";
import { logSightingBodySchema } from "../ingest/schemas";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { addAnnotationBodySchema, type AddAnnotationInput } from "./annotation-schema";
import { getItem } from "./get-item";
import { getItemHistory } from "./get-item-history";
import { addItemAnnotation, removeItemAnnotation } from "./item-annotations";
import { setItemDeleted } from "./soft-delete-item";
import { rejection } from "../testing/rejection";

const TEXT = "Polska musi wyjść z Unii. Jest to konieczność dla naszego narodu.";
const QUOTE = "Jest to konieczność";
const AT = TEXT.indexOf(QUOTE);

describe("annotations added and removed after logging", () => {
  let database: TestDatabase;
  let actor: Actor;
  let itemId: string;
  const add = (body: AddAnnotationInput, id = itemId) => addItemAnnotation(database.prisma, id, addAnnotationBodySchema.parse(body), actor);
  const valid: AddAnnotationInput = { marker: "russian-syntax-calque", startOffset: AT, endOffset: AT + QUOTE.length, quote: QUOTE, note: "  calque of «это необходимость»  " };
  const annotationCount = () => database.prisma.markerAnnotation.count();
  const auditCount = () => database.prisma.auditEvent.count();

  beforeAll(async () => {
    database = await createTestDatabase();
    const user = await database.prisma.user.create({ data: { email: "fc@example.test", name: "Fran Checker", role: "fact_checker" } });
    actor = { kind: "user", userId: user.id };
    await database.prisma.languageMarker.create({ data: { slug: "russian-syntax-calque", name: "Russian syntax calque" } });
    await database.prisma.languageMarker.create({ data: { slug: "retired", name: "Retired marker", deletedAt: new Date() } });
    const input = logSightingBodySchema.parse({
      item: { kind: "post", title: "Polexit", text: TEXT, url: "https://example.org/polexit" },
      sighting: { observedAt: "2025-01-10T08:00:00Z" },
    });
    ({ itemId } = await logSighting(database.prisma, input, { channel: "form", actor, onDuplicate: "reject" }));
  });
  afterAll(async () => database?.destroy());

  it("adds an annotation at the selected span, audited, shown with the item and in its history", async () => {
    const created = await add(valid);
    expect(created).toMatchObject({ quote: QUOTE, startOffset: AT, endOffset: AT + QUOTE.length, note: "calque of «это необходимость»", marker: { name: "Russian syntax calque" } });
    const item = await getItem(itemId, database.prisma);
    expect(item!.annotations.map((a) => a.id)).toEqual([created.id]);
    const row = await database.prisma.markerAnnotation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.authorId).toBe(actor.kind === "user" ? actor.userId : null);
    const history = await getItemHistory(itemId, database.prisma);
    expect(history.find((e) => e.entityType === "marker_annotation" && e.entityId === created.id)?.action).toBe("create");
  });

  it("refuses bad spans, a stale quote and unknown or deleted markers, naming the field and saving nothing", async () => {
    const [annotations, audit] = [await annotationCount(), await auditCount()];
    const paths = async (body: AddAnnotationInput) => (await rejection(add(body))).details?.map((d) => d.path);
    expect(await paths({ ...valid, startOffset: TEXT.length, endOffset: TEXT.length + 3 })).toEqual(["startOffset"]);
    expect(await paths({ ...valid, endOffset: TEXT.length + 1 })).toEqual(["endOffset"]);
    expect(await paths({ ...valid, startOffset: AT + 5, endOffset: AT + 5 })).toEqual(["startOffset", "endOffset"]);
    expect(await paths({ ...valid, quote: "Jest to koniecznosc" })).toEqual(["quote"]);
    expect(await paths({ ...valid, marker: "no-such-marker" })).toEqual(["marker"]);
    expect(await paths({ ...valid, marker: "retired" })).toEqual(["marker"]);
    const parsed = addAnnotationBodySchema.safeParse({ ...valid, startOffset: -1, extra: true });
    expect(parsed.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["", "startOffset"]);
    expect([await annotationCount(), await auditCount()]).toEqual([annotations, audit]);
  });

  it("refuses an item without text, and a deleted or unknown item (404)", async () => {
    const bare = logSightingBodySchema.parse({ item: { kind: "image", title: "No words" }, sighting: { observedAt: "2025-01-11T08:00:00Z" } });
    const { itemId: bareId } = await logSighting(database.prisma, bare, { channel: "form", actor, onDuplicate: "reject" });
    expect((await rejection(add({ ...valid, startOffset: 0, endOffset: 1, quote: "x" }, bareId))).details?.[0].path).toBe("startOffset");
    await setItemDeleted(database.prisma, bareId, true, actor);
    expect((await rejection(add(valid, bareId))).status).toBe(404);
    expect((await rejection(add(valid, "00000000-0000-4000-8000-000000000000"))).status).toBe(404);
  });

  it("removes one annotation by soft delete, audited and idempotent; another item's annotation is a 404", async () => {
    const second = await add({ ...valid, note: null });
    const removed = await removeItemAnnotation(database.prisma, itemId, second.id, actor);
    expect(removed.deletedAt).not.toBeNull();
    expect(await database.prisma.markerAnnotation.count({ where: { id: second.id } })).toBe(1);
    expect((await getItem(itemId, database.prisma))!.annotations.map((a) => a.id)).not.toContain(second.id);
    const audit = await auditCount();
    expect((await removeItemAnnotation(database.prisma, itemId, second.id, actor)).deletedAt).toBe(removed.deletedAt);
    expect(await auditCount()).toBe(audit);
    const events = await database.prisma.auditEvent.findMany({ where: { entityType: "marker_annotation", entityId: second.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["create", "delete"]);

    const other = logSightingBodySchema.parse({ item: { kind: "post", title: "Other", text: "Other text", url: "https://example.org/other" }, sighting: { observedAt: "2025-01-12T08:00:00Z" } });
    const { itemId: otherId } = await logSighting(database.prisma, other, { channel: "form", actor, onDuplicate: "reject" });
    const first = (await getItem(itemId, database.prisma))!.annotations[0];
    expect((await rejection(removeItemAnnotation(database.prisma, otherId, first.id, actor))).status).toBe(404);
  });
});
