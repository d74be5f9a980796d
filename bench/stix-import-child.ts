/**
 * One timed STIX import into a new, empty database (bench/stix-import.ts runs it as a child process, so the peak
 * RSS measured is the importer's alone). Uses only APIs that main had at f74c1d3, so the same file measures the old
 * importer when copied into a worktree of that commit.
 *   SIGHTLINE_TEST_DB=postgres TEST_DATABASE_URL=… npx tsx --conditions=react-server bench/stix-import-child.ts <bundle.json>
 */
import { loadDisarm } from "../lib/disarm/load";
import { importFile } from "../lib/imports/import-file";
import { createTestDatabase } from "../lib/testing/test-database";

async function main() {
  const file = process.argv[2];
  const database = await createTestDatabase();
  try {
    await loadDisarm(database.prisma);
    // What the process holds before the import (Node, tsx, Prisma, the database driver): the import's share is the rest.
    const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
    const started = performance.now();
    const job = await importFile(database.prisma, file, { actor: { kind: "system" }, format: "stix" });
    const seconds = (performance.now() - started) / 1000;
    const [items, sightings] = await Promise.all([database.prisma.item.count(), database.prisma.sighting.count()]);
    const result = { seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb, totalRows: job.totalRows, created: job.created, merged: job.merged, skipped: job.skipped, failed: job.failed, items, sightings };
    console.log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    await database.destroy();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
