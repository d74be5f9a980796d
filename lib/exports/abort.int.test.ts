import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { csvRecords } from "./csv-text";
import { downloadResponse } from "./http";
import { endExportPools, openReadSession } from "./read-session";

const postgres = process.env.SIGHTLINE_TEST_DB === "postgres";

/**
 * A download whose client goes away must stop the database work: the stream is cancelled, the body generator
 * ends, the read session closes — on PostgreSQL the COPY's connection is dropped, so the backend stops the query.
 */
describe(`an abandoned export (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 120_000);
  afterAll(async () => {
    await endExportPools();
    await database?.destroy();
  });

  it("cancelling the response stream stops the query and closes the session", async () => {
    // Bytes at once, then a long wait the database would sit in if nobody stopped it.
    const slow = postgres
      ? Prisma.sql`SELECT repeat('x', 10000) AS x FROM generate_series(1, 300) UNION ALL SELECT pg_sleep(30)::text`
      : Prisma.sql`SELECT g::text AS x FROM generate_series(1, 200000) g`;
    const session = await openReadSession(database);
    let batches = 0;
    let closed = false;
    const body = async function* () {
      try {
        const copy = session.copyCsv(slow, abort.signal);
        if (copy) yield* copy.chunks;
        else {
          for await (const batch of session.batches(slow, { signal: abort.signal, first: 100, size: 100 })) {
            batches++;
            yield Buffer.from(csvRecords(batch));
          }
        }
      } finally {
        await session.close();
        closed = true;
      }
    };
    const abort = new AbortController();
    const reader = downloadResponse({ fileName: "slow.csv", contentType: "text/csv", body }, abort).body!.getReader();
    expect((await reader.read()).value!.length).toBeGreaterThan(0);
    const started = Date.now();
    await reader.cancel();
    expect(abort.signal.aborted).toBe(true);
    expect(closed).toBe(true);
    if (postgres) {
      const url = (database.driver as { url: string }).url;
      const observer = new pg.Client({ connectionString: url });
      await observer.connect();
      let running = 1;
      while (running && Date.now() - started < 10_000) {
        const { rows } = await observer.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid() AND state = 'active'");
        running = rows[0].n as number;
        if (running) await new Promise((r) => setTimeout(r, 100));
      }
      await observer.end();
      expect(running).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
    } else {
      expect(batches).toBeLessThanOrEqual(2);
      const [{ n }] = await database.rawQuery<{ n: number }>("SELECT count(*)::int AS n FROM pg_cursors WHERE name LIKE 'export_%'");
      expect(n).toBe(0);
    }
  });

  it("an abort signal stops fetching batches", async () => {
    const session = await openReadSession(database);
    const abort = new AbortController();
    let batches = 0;
    await expect(
      (async () => {
        for await (const _batch of session.batches(Prisma.sql`SELECT g::text FROM generate_series(1, 50000) g ORDER BY g`, { signal: abort.signal, first: 10, size: 10 })) {
          batches++;
          if (batches === 3) abort.abort(new Error("client went away"));
        }
      })(),
    ).rejects.toThrow("client went away");
    await session.close();
    expect(batches).toBe(3);
  });
});
