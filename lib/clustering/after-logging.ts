import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../audit/record-audit";
import { suggestForItem } from "./suggest-for-item";

/**
 * The incremental step of ingest: once a sighting is committed (form or API), the item's top campaign suggestions
 * are computed and stored at once, so the item page the person lands on shows them. The sighting is already saved:
 * a failure here is logged and never turns the request into an error. Imports skip it (a full run covers them).
 */
export async function suggestAfterLogging(prisma: PrismaClient, itemId: string, actor: Actor): Promise<void> {
  try {
    await suggestForItem(prisma, itemId, actor);
  } catch (error) {
    console.error(`Campaign suggestions for item ${itemId} failed:`, error);
  }
}
