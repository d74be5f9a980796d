import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { fieldError } from "../ingest/field-error";
import { resolveMarker } from "../ingest/resolve-references";
import type { AddAnnotationBody } from "./annotation-schema";

const MARKER = { select: { slug: true, name: true, description: true } } as const;

/**
 * Adds a language-marker annotation to a live item, after logging. The span must lie inside the item's text and
 * select exactly the quote the person saw (a text edited since gets a 422 naming `quote`, nothing saved); the
 * marker must be a live one of the vocabulary. One transaction with its audit event.
 */
export async function addItemAnnotation(prisma: PrismaClient, itemId: string, body: AddAnnotationBody, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const item = await tx.item.findFirst({ where: { id: itemId, deletedAt: null }, select: { text: true } });
    if (!item) throw ApiError.notFound("Item");
    const text = item.text ?? "";
    if (!text) throw fieldError("startOffset", "the item has no text to annotate");
    if (body.startOffset >= text.length) throw fieldError("startOffset", `must be less than ${text.length}, the length of the item's text`);
    if (body.endOffset > text.length) throw fieldError("endOffset", `must be at most ${text.length}, the length of the item's text`);
    if (body.startOffset >= body.endOffset) {
      throw new ApiError(422, "invalid_request", "Invalid span: endOffset must be greater than startOffset", [
        { path: "startOffset", message: "must be less than endOffset" },
        { path: "endOffset", message: "must be greater than startOffset" },
      ]);
    }
    if (text.slice(body.startOffset, body.endOffset) !== body.quote) {
      throw fieldError("quote", "is not the text at these offsets (the text may have changed since you opened the item; reload)");
    }
    const markerId = await resolveMarker(tx, body.marker, "marker");
    const created = await tx.markerAnnotation.create({
      data: {
        itemId,
        markerId,
        quote: body.quote,
        startOffset: body.startOffset,
        endOffset: body.endOffset,
        note: body.note,
        authorId: actor.kind === "system" ? null : actor.userId,
      },
      include: { marker: MARKER },
    });
    await recordAudit(tx, actor, { action: "create", entityType: "marker_annotation", entityId: created.id, after: created });
    return toDto(created);
  });
}

/** Soft-deletes one of the item's annotations, audited. Removing a removed one changes nothing. */
export async function removeItemAnnotation(prisma: PrismaClient, itemId: string, annotationId: string, actor: Actor) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.markerAnnotation.findFirst({
      where: { id: annotationId, itemId, item: { deletedAt: null } },
      include: { marker: MARKER },
    });
    if (!before) throw ApiError.notFound("Annotation");
    if (before.deletedAt) return toDto(before);
    const after = await tx.markerAnnotation.update({ where: { id: annotationId }, data: { deletedAt: new Date() }, include: { marker: MARKER } });
    await recordAudit(tx, actor, { action: "delete", entityType: "marker_annotation", entityId: annotationId, before, after });
    return toDto(after);
  });
}

type Row = Awaited<ReturnType<PrismaClient["markerAnnotation"]["create"]>> & { marker: { slug: string; name: string; description: string | null } };

function toDto(a: Row) {
  return {
    id: a.id,
    itemId: a.itemId,
    quote: a.quote,
    startOffset: a.startOffset,
    endOffset: a.endOffset,
    note: a.note,
    marker: a.marker,
    deletedAt: a.deletedAt?.toISOString() ?? null,
  };
}
