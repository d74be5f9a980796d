import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { prepareExport } from "./build-export";
import { ExportsBusyError } from "./export-limits";
import { downloadResponse } from "./http";
import { endExportPools } from "./read-session";
import { collect } from "./testing/read-export";

// Short limits for the test: a 1 s wait for a pool connection, a download stalled for 6 s is ended.
process.env.SIGHTLINE_EXPORT_POOL_WAIT_SECONDS = "1";
process.env.SIGHTLINE_EXPORT_STALL_SECONDS = "6";

/** PostgreSQL only: the export pool (4 connections) is what stalled readers exhaust; PGlite has no pool. */
describe.skipIf(process.env.SIGHTLINE_TEST_DB !== "postgres")("stalled downloads and the export pool (postgres)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    await endExportPools(); // a pool made by an earlier file would keep its own limits
    database = await createTestDatabase();
    for (let i = 0; i < 20; i++) await database.prisma.item.create({ data: { kind: "post", title: `Item ${i}` } });
  }, 120_000);
  afterAll(async () => {
    await endExportPools();
    await database?.destroy();
  });

  const itemsCsv = () => prepareExport(database, { format: "csv", filter: {}, table: "items" });

  it("four readers that stop reading: a fifth export gets a clear 503 fast, and answers once the stalled ones are ended", async () => {
    const stalled = [];
    for (let i = 0; i < 4; i++) {
      const reader = downloadResponse(await itemsCsv(), new AbortController()).body!.getReader();
      await reader.read(); // the header row: the download holds its connection, then nobody reads on
      stalled.push(reader);
    }
    const started = performance.now();
    const busy = await itemsCsv().then(
      () => null,
      (error: unknown) => error,
    );
    expect(busy).toBeInstanceOf(ExportsBusyError);
    expect((busy as ExportsBusyError).status).toBe(503);
    expect((busy as ExportsBusyError).retryAfterSeconds).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(3000);

    // Once the stall limit has passed, the four are ended and their connections are back in the pool.
    let answered: string | null = null;
    const deadline = performance.now() + 30_000;
    while (answered === null && performance.now() < deadline) {
      answered = await itemsCsv().then(
        async (prepared) => (await collect(prepared)).toString(),
        (error: unknown) => {
          if (error instanceof ExportsBusyError) return null;
          throw error;
        },
      );
    }
    expect(answered?.trim().split("\r\n")).toHaveLength(21);
    // The oldest download was ended by the stall watchdog (the others follow as their own limits pass).
    await expect(stalled[0].read()).rejects.toThrow(/stalled/);
    // On a slow machine the watchdog may already have ended these too: cancelling an ended download rejects.
    await Promise.allSettled(stalled.slice(1).map((reader) => reader.cancel()));
  });
});
