import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { actorOf, type Principal } from "../../auth/principal";
import { logSighting, type LogOutcome } from "../../ingest/log-sighting";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import type { ApiIngestBody } from "../ingest-body";
import { deletedFilter } from "../list-query";
import type { ListSightingsQuery, SightingDto } from "./schemas";
import { toSightingDto } from "./store";
import { suggestAfterLogging } from "../../clustering/after-logging";

/** Sightings of deleted items are hidden with them. */
export async function listSightings(prisma: PrismaClient, query: ListSightingsQuery, principal: Principal) {
  const live = deletedFilter(query.includeDeleted, principal);
  const observedAt = query.from || query.to ? { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) } : undefined;
  const where: Prisma.SightingWhereInput = {
    ...live,
    ...(live.deletedAt === null ? { item: { deletedAt: null } } : {}),
    ...(query.itemId ? { itemId: query.itemId } : {}),
    ...(query.accountId ? { accountId: query.accountId } : {}),
    ...(query.platform ? { platform: query.platform } : {}),
    ...(query.audienceCountry ? { audienceCountry: query.audienceCountry } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
    ...(observedAt ? { observedAt } : {}),
    ...(query.updatedSince ? { updatedAt: { gte: query.updatedSince } } : {}),
  };
  const rows = await prisma.sighting.findMany({ where: { AND: [where, afterCursor(query.cursor)] }, orderBy: CURSOR_ORDER, take: query.limit + 1 });
  return toPage(rows, query.limit, toSightingDto);
}

export interface CreatedSighting {
  data: SightingDto;
  itemId: string;
  outcome: LogOutcome;
}

/** Through the one ingest path; content already known by URL or file hash is merged, never duplicated. */
export async function createSighting(prisma: PrismaClient, body: ApiIngestBody, principal: Principal): Promise<CreatedSighting> {
  const result = await logSighting(prisma, body, { channel: "api", actor: actorOf(principal), onDuplicate: "merge" });
  await suggestAfterLogging(prisma, result.itemId, actorOf(principal));
  const row = await prisma.sighting.findUniqueOrThrow({ where: { id: result.sightingId } });
  return { data: toSightingDto(row), itemId: result.itemId, outcome: result.outcome };
}
