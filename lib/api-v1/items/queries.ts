import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { actorOf, type Principal } from "../../auth/principal";
import { logSighting, type LogOutcome } from "../../ingest/log-sighting";
import { afterCursor, CURSOR_ORDER, toPage } from "../cursor";
import type { ApiIngestBody } from "../ingest-body";
import { deletedFilter } from "../list-query";
import type { ItemDto, ListItemsQuery } from "./schemas";
import { toItemDto } from "./store";
import { suggestAfterLogging } from "../../clustering/after-logging";

/** Same filter meanings as the items page (lib/items/list-items.ts), over a cursor instead of page numbers. */
export async function listItems(prisma: PrismaClient, query: ListItemsQuery, principal: Principal) {
  const where: Prisma.ItemWhereInput = {
    ...deletedFilter(query.includeDeleted, principal),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.verdict ? { verdict: query.verdict } : {}),
    ...(query.platform ? { platform: query.platform } : {}),
    ...(query.language ? { languages: { has: query.language } } : {}),
    ...(query.country ? { targetCountries: { has: query.country } } : {}),
    ...(query.updatedSince ? { updatedAt: { gte: query.updatedSince } } : {}),
    ...(query.campaign
      ? { campaigns: { some: { status: { not: "rejected" }, campaign: { slug: query.campaign, deletedAt: null } } } }
      : {}),
  };
  const rows = await prisma.item.findMany({
    where: { AND: [where, afterCursor(query.cursor)] },
    orderBy: CURSOR_ORDER,
    take: query.limit + 1,
    omit: { textMinhash: true, lshBands: true },
  });
  return toPage(rows, query.limit, toItemDto);
}

export interface CreatedItem {
  data: ItemDto;
  sightingId: string;
  /** "created", or "merged" when the URL or file hash was already known (the sighting was added to that item). */
  outcome: LogOutcome;
}

export async function createItem(prisma: PrismaClient, body: ApiIngestBody, principal: Principal): Promise<CreatedItem> {
  const result = await logSighting(prisma, body, { channel: "api", actor: actorOf(principal), onDuplicate: "merge" });
  await suggestAfterLogging(prisma, result.itemId, actorOf(principal));
  const row = await prisma.item.findUniqueOrThrow({ where: { id: result.itemId }, omit: { textMinhash: true, lshBands: true } });
  return { data: toItemDto(row), sightingId: result.sightingId, outcome: result.outcome };
}
