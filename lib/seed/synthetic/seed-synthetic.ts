import type { PrismaClient } from "../../generated/prisma/client";
import { isDisarmLoaded, loadDisarm } from "../../disarm/load";
import { refreshDerivedColumns } from "../../sightings/derived";
import { deferGinMaintenance, mergeGinPendingLists } from "./gin";
import { generateItem, type SynItem } from "./items";
import { writeBatch, type BatchCounts } from "./write-batch";
import { writeWorld } from "./write-world";
import { buildWorld } from "./world";

export interface SyntheticSeedOptions {
  items: number;
  seed: number;
  /** Items per transaction: big enough to amortise round trips, small enough to keep parameters and memory modest. */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface SyntheticSeedResult extends BatchCounts {
  corpus: string;
  campaigns: number;
  seconds: number;
}

const TX = { timeout: 600_000, maxWait: 60_000 };

/**
 * Adds the deterministic synthetic corpus (n, seed): reference rows first, then items in batches, each batch one
 * transaction of multi-row statements, then one refresh of the derived columns. Re-running it creates nothing.
 */
export async function seedSynthetic(prisma: PrismaClient, options: SyntheticSeedOptions): Promise<SyntheticSeedResult> {
  const { items: n, seed, batchSize = 2000, log = () => {} } = options;
  const started = performance.now();
  if (!(await isDisarmLoaded(prisma))) await loadDisarm(prisma);
  const world = buildWorld(n, seed);
  const ids = await prisma.$transaction((tx) => writeWorld(tx, world), TX);
  log(`Synthetic corpus ${world.corpus}: ${world.campaigns.length} campaigns, ${n} items in batches of ${batchSize}`);

  const totals: BatchCounts = { items: 0, sightings: 0, rows: 0 };
  const generate = (from: number): SynItem[] =>
    Array.from({ length: Math.min(batchSize, n - from) }, (_, k) => generateItem(world, from + k));
  let batch = generate(0);
  for (let from = 0, index = 0; from < n; from += batchSize, index++) {
    const writing = prisma.$transaction(async (tx) => {
      await deferGinMaintenance(tx);
      return writeBatch(tx, batch, ids, world.corpus, index);
    }, TX);
    // Generate the next batch while the database works (it overlaps on PostgreSQL; PGlite shares the thread).
    const next = from + batchSize < n ? generate(from + batchSize) : [];
    const counts = await writing;
    totals.items += counts.items;
    totals.sightings += counts.sightings;
    totals.rows += counts.rows;
    batch = next;
    const seconds = (performance.now() - started) / 1000;
    const done = Math.min(n, from + batchSize);
    log(`  ${done}/${n} items generated · ${totals.items} items, ${totals.sightings} sightings created · ` +
      `${Math.round(totals.rows / seconds)} rows/s`);
  }
  const merged = performance.now();
  await mergeGinPendingLists(prisma);
  const refreshing = performance.now();
  const refreshed = await prisma.$transaction((tx) => refreshDerivedColumns(tx), TX);
  // Fresh planner statistics: without them PostgreSQL guesses ~1% of rows for every filter and picks heap
  // scans where index-only scans would do (the Overview then takes seconds, not milliseconds).
  await prisma.$executeRawUnsafe("ANALYZE");
  log(`GIN pending lists merged in ${((refreshing - merged) / 1000).toFixed(1)} s, ` +
    `derived columns refreshed in ${((performance.now() - refreshing) / 1000).toFixed(1)} s.`);
  const seconds = (performance.now() - started) / 1000;
  log(`Derived columns refreshed (${refreshed.items} items, ${refreshed.campaigns} campaigns). ` +
    `${totals.items} items, ${totals.sightings} sightings, ${totals.rows} rows in ${seconds.toFixed(1)} s ` +
    `(${Math.round(totals.items / seconds)} items/s, ${Math.round(totals.rows / seconds)} rows/s).`);
  return { ...totals, corpus: world.corpus, campaigns: world.campaigns.length, seconds };
}

