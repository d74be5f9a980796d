import type { PrismaClient } from "../generated/prisma/client";
import { assertDisarmTechniqueIds } from "../disarm/catalog";
import { refreshDerivedColumns } from "../sightings/derived";
import { SeedAudit } from "./audit";
import { CAMPAIGNS } from "./matryoshka/actors";
import { DOPPELGANGER_ITEMS } from "./matryoshka/items-doppelganger";
import { MATRYOSHKA_POSTS } from "./matryoshka/items-posts";
import { MATRYOSHKA_VIDEOS } from "./matryoshka/items-videos";
import { writeItems } from "./matryoshka/write-items";
import { writeReference } from "./matryoshka/write-reference";

/** The real case: Matryoshka (Operation Overload) and the related Doppelganger operation, with demo users. */
export const REAL_CASE_ITEMS = [...MATRYOSHKA_VIDEOS, ...MATRYOSHKA_POSTS, ...DOPPELGANGER_ITEMS];

export interface RealCaseResult {
  items: number;
  sightings: number;
  auditEvents: number;
}

/**
 * Seeds the real case idempotently: rows are matched on natural keys (slug, canonical URL, name, email, stable ids
 * derived from them) and only missing ones are inserted, in one transaction, each with a system audit event.
 * Requires DISARM to be loaded (technique tags reference it).
 */
export async function seedRealCase(prisma: PrismaClient): Promise<RealCaseResult> {
  assertDisarmTechniqueIds(CAMPAIGNS.flatMap((c) => c.techniques), "campaigns.techniques");
  assertDisarmTechniqueIds(REAL_CASE_ITEMS.flatMap((i) => i.techniques), "items.techniques");
  return prisma.$transaction(
    async (tx) => {
      const audit = new SeedAudit();
      const reference = await writeReference(tx, audit);
      const itemIds = await writeItems(tx, REAL_CASE_ITEMS, reference, audit);
      await refreshDerivedColumns(tx, { itemIds });
      const auditEvents = await audit.flush(tx);
      return {
        items: REAL_CASE_ITEMS.length,
        sightings: REAL_CASE_ITEMS.reduce((sum, item) => sum + item.spread.count, 0),
        auditEvents,
      };
    },
    // PGlite runs the whole seed in one transaction; the default 5 s interactive timeout is too tight on a slow disk.
    { timeout: 120_000, maxWait: 30_000 },
  );
}
