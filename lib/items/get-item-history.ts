import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { diffAuditEvent, type FieldChange } from "./audit-diff";

export const ITEM_HISTORY_LIMIT = 200;

export interface ItemHistoryEvent {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { kind: string; name: string | null };
  changes: FieldChange[];
}

/**
 * The item's trail, newest first: its own events (create, update, merge, delete, restore) and those of its
 * sightings, evidence files and annotations, each with who did it and a field-by-field diff of before → after.
 */
export async function getItemHistory(id: string, client: PrismaClient = db): Promise<ItemHistoryEvent[]> {
  const [sightings, evidence, annotations] = await Promise.all([
    client.sighting.findMany({ where: { itemId: id }, select: { id: true } }),
    client.evidenceFile.findMany({ where: { itemId: id }, select: { id: true } }),
    client.markerAnnotation.findMany({ where: { itemId: id }, select: { id: true } }),
  ]);
  const events = await client.auditEvent.findMany({
    where: {
      OR: [
        { entityType: "item", entityId: id },
        { entityType: "sighting", entityId: { in: sightings.map((s) => s.id) } },
        { entityType: "evidence_file", entityId: { in: evidence.map((e) => e.id) } },
        { entityType: "marker_annotation", entityId: { in: annotations.map((a) => a.id) } },
      ],
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: ITEM_HISTORY_LIMIT,
    include: { actor: { select: { name: true, email: true } } },
  });
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.at.toISOString(),
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    actor: { kind: e.actorKind, name: e.actor?.name ?? e.actor?.email ?? null },
    changes: diffAuditEvent(e.before, e.after),
  }));
}
