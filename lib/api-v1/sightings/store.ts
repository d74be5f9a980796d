import type { PrismaClient, Sighting } from "../../generated/prisma/client";
import { actorOf, type Principal } from "../../auth/principal";
import { refreshDerivedColumns } from "../../sightings/derived";
import type { UpdateSightingBody } from "../../sightings/form-schemas";
import { updateSighting } from "../../sightings/update-sighting";
import { getResource, type ResourceStore } from "../crud";
import { iso, isoRequired, num } from "../fields";
import { resourceService } from "../service";
import type { SightingDto } from "./schemas";

/**
 * Sightings are created by lib/ingest (logSighting) and edited by lib/sightings/update-sighting.ts, the paths the
 * UI uses too. Soft delete and restore (which the UI does not offer for single sightings) keep the item's derived
 * columns in step.
 */
export const sightingStore: ResourceStore<Sighting, never, never> = {
  entityType: "sighting",
  label: "Sighting",
  find: (tx, id) => tx.sighting.findUnique({ where: { id } }),
  async setDeletedAt(tx, id, at) {
    await tx.sighting.update({ where: { id }, data: { deletedAt: at } });
  },
  async afterWrite(tx, row) {
    await refreshDerivedColumns(tx, { itemIds: [row.itemId] });
  },
};

export function toSightingDto(s: Sighting): SightingDto {
  const { importJobId: _job, ...rest } = s;
  return {
    ...rest,
    views: num(s.views),
    shares: num(s.shares),
    reactions: num(s.reactions),
    observedAt: isoRequired(s.observedAt),
    createdAt: isoRequired(s.createdAt),
    updatedAt: isoRequired(s.updatedAt),
    deletedAt: iso(s.deletedAt),
  };
}

const base = resourceService(sightingStore, toSightingDto);

export const sightings = {
  get: base.get,
  remove: base.remove,
  restore: base.restore,
  async update(prisma: PrismaClient, id: string, body: UpdateSightingBody, principal: Principal): Promise<SightingDto> {
    await updateSighting(prisma, id, body, actorOf(principal));
    return toSightingDto(await getResource(prisma, sightingStore, id));
  },
};
