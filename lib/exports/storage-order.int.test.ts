import { parse } from "csv-parse/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { seedRealCaseIfEmpty } from "../seed/prepare";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { CSV_TABLES, csvTableFile } from "./csv-export";
import { copyCsvInOrder, copyCsvRecords, type CsvCopy } from "./pg-copy-out";
import { endExportPools, openReadSession } from "./read-session";

const postgres = process.env.SIGHTLINE_TEST_DB === "postgres";
const items = CSV_TABLES.find((t) => t.name === "items")!;

async function read(copy: CsvCopy): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of copy.chunks) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The fast CSV path on PostgreSQL: COPY's rows rewritten to CRLF records as they arrive, and a big table read in
 * storage order, page range by page range, on two connections in one snapshot — the same rows as the key-ordered
 * read, in a stable order, with memory bounded however slowly the reader reads.
 */
describe.runIf(postgres)("COPY in storage order (postgres)", () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedRealCaseIfEmpty(database.prisma);
    pool = new pg.Pool({ connectionString: (database.driver as { url: string }).url, max: 4 });
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    await endExportPools();
    await database?.destroy();
  });

  it("ends records with CRLF and leaves line breaks and quotes inside fields as they are", async () => {
    const client = await pool.connect();
    try {
      const copy = copyCsvRecords(client, `COPY (SELECT * FROM (VALUES (1, E'two\\nlines', 'say "hi"'), (2, 'plain', NULL), (3, E'cr\\r\\nlf', '')) v ORDER BY 1) TO STDOUT WITH (FORMAT csv)`);
      expect(await read(copy)).toBe('1,"two\nlines","say ""hi"""\r\n2,plain,\r\n3,"cr\r\nlf",""\r\n');
      expect(copy.records()).toBe(3);
    } finally {
      client.release();
    }
  });

  it("hands on rows of a slow query while it runs, not only when it ends", async () => {
    const client = await pool.connect();
    try {
      // PostgreSQL sends what fills its 8 KB buffer: the filler row pushes all of "b" out before the sleep.
      const copy = copyCsvRecords(client, `COPY (SELECT repeat('a', 10000) UNION ALL SELECT repeat('b', 10000)
        UNION ALL SELECT repeat('f', 20000) UNION ALL (SELECT 'c' FROM pg_sleep(2))) TO STDOUT WITH (FORMAT csv)`);
      const started = Date.now();
      const arrivals: [string, number][] = [];
      for await (const chunk of copy.chunks) for (const line of chunk.toString().split("\r\n").filter(Boolean)) arrivals.push([line[0], Date.now() - started]);
      expect(arrivals.map(([row]) => row)).toEqual(["a", "b", "f", "c"]);
      expect(arrivals[1][1]).toBeLessThan(1500); // "b" did not wait for the 2 s sleep
      expect(arrivals[3][1]).toBeGreaterThanOrEqual(1900);
    } finally {
      client.release();
    }
  });

  it("gives several COPYs on two connections back in the order asked", async () => {
    const clients = [await pool.connect(), await pool.connect()];
    try {
      const texts = Array.from({ length: 7 }, (_, k) => `COPY (SELECT g FROM generate_series(${k * 100}, ${k * 100 + 99}) g) TO STDOUT WITH (FORMAT csv)`);
      const copy = copyCsvInOrder(clients, texts);
      expect(await read(copy)).toBe(Array.from({ length: 700 }, (_, g) => `${g}\r\n`).join(""));
      expect(copy.records()).toBe(700);
    } finally {
      clients.forEach((c) => c.release());
    }
  });

  it("starts a connection's next COPY only once its last one has been read: a slow reader holds the database back", async () => {
    const clients = [await pool.connect(), await pool.connect()];
    const observer = await pool.connect();
    try {
      // Eight parts of ~1 MB: each fits in what a COPY buffers (4 MB), so only the rule keeps the connections from
      // running through all of them while the reader sits on the first — pg_stat_activity shows each one's last query.
      const texts = Array.from({ length: 8 }, (_, k) => `COPY (SELECT ${k} AS part, repeat('x', 1000) FROM generate_series(1, 1000)) TO STDOUT WITH (FORMAT csv) /* part ${k} */`);
      const copy = copyCsvInOrder(clients, texts);
      const first = await copy.chunks.next();
      expect(first.value!.toString().startsWith("0,")).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
      const { rows } = await observer.query<{ query: string }>("SELECT query FROM pg_stat_activity WHERE query LIKE '%/* part %' AND pid <> pg_backend_pid()");
      const started = rows.map((r) => Number(/\/\* part (\d) \*\//.exec(r.query)![1])).sort();
      expect(started).toEqual([0, 1]);
      const rest = await read(copy);
      const parts = `${first.value!.toString()}${rest}`.split("\r\n").slice(0, -1).map((line) => Number(line.split(",")[0]));
      expect(parts.length).toBe(8000);
      expect(parts.every((p, i) => i === 0 || p >= parts[i - 1])).toBe(true);
    } finally {
      clients.forEach((c) => c.release(true));
      observer.release();
    }
  });

  it("items.csv in storage order over many page ranges has exactly the rows of the key-ordered file", async () => {
    const content = async (options: { fastStart?: boolean; pagesPerRange?: number }) => {
      const session = await openReadSession(database);
      try {
        const file = csvTableFile(session, items, {}, undefined, options);
        const chunks: Buffer[] = [];
        for await (const chunk of file.content()) chunks.push(chunk);
        return { text: Buffer.concat(chunks).toString("utf8"), rows: file.rows() };
      } finally {
        await session.close();
      }
    };
    const keyOrdered = await content({});
    const ranged = await content({ fastStart: true, pagesPerRange: 1 });
    const pages = (await database.rawQuery<{ n: number }>("SELECT (pg_relation_size('items') / current_setting('block_size')::int)::int AS n"))[0].n;
    expect(pages).toBeGreaterThan(2); // so the read really is split over both connections
    const records = (text: string) => parse(text, { record_delimiter: "\r\n" }) as string[][];
    const [header, ...rows] = records(ranged.text);
    const [keyHeader, ...keyRows] = records(keyOrdered.text);
    expect(header).toEqual(keyHeader);
    expect(rows.length).toBe(keyRows.length);
    expect(ranged.rows).toBe(keyOrdered.rows);
    expect(rows.map((r) => r.join("\u0000")).sort()).toEqual(keyRows.map((r) => r.join("\u0000")).sort());
    expect(ranged.text.endsWith("\r\n")).toBe(true);
    // Stable while the data does not change: the same bytes again.
    expect((await content({ fastStart: true, pagesPerRange: 1 })).text).toBe(ranged.text);
  });

  it("a reader that stops in the middle of a storage-order read stops both connections' work", async () => {
    const session = await openReadSession(database);
    const slow = Array.from({ length: 4 }, (_, k) =>
      Prisma.raw(`SELECT repeat('y', 10000) FROM generate_series(1, 2000) UNION ALL SELECT pg_sleep(30)::text /* stop ${k} */`),
    );
    const copy = session.copyCsvParts(slow)!;
    expect((await copy.chunks.next()).value!.length).toBeGreaterThan(0);
    await copy.chunks.return(undefined);
    await session.close();
    const observer = await pool.connect();
    try {
      const started = Date.now();
      let running = 1;
      while (running && Date.now() - started < 10_000) {
        const { rows } = await observer.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%/* stop %' AND state = 'active' AND pid <> pg_backend_pid()");
        running = rows[0].n as number;
        if (running) await new Promise((r) => setTimeout(r, 100));
      }
      expect(running).toBe(0);
    } finally {
      observer.release();
    }
  });
});
