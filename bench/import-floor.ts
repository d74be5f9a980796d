/**
 * npx tsx bench/import-floor.ts [--rows 100000]   (BENCH_DATABASE_URL: a seeded database, e.g. after
 * `npm run db:seed -- --items 100000`; default postgresql://postgres@127.0.0.1:5432/bench_shared_100k)
 *
 * The floor under the import speed bar: how fast can PostgreSQL itself insert `--rows` items into the `items` table
 * of a live instance, with no Node work at all — no parsing, validation, dedup lookups, sightings, links or audit?
 * The rows are copies of the database's own items (real seeded text, new ids and canonical URLs) staged in a
 * temporary table, then inserted with one `INSERT … SELECT`. Each variant runs in a transaction that is rolled back,
 * and the table is vacuumed after each, so the database is left as it was (but it takes ACCESS EXCLUSIVE locks: do
 * not point it at a database in use).
 *
 * Variants peel the table's maintenance off one layer at a time, to show where the time goes:
 *   full schema → without the full-text trigger → without the GIN indexes → heap + primary key only.
 * An end-to-end import cannot be faster than the first line; the bar (20k rows/s) is printed beside it.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";

const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" } } });
const ROWS = Number(values.rows);
const BAR_ROWS_PER_SECOND = 20_000;
const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bench_shared_100k";
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

type Variant = { name: string; prepare: string[] };

async function indexNames(client: pg.Client, where: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'items' AND ${where} ORDER BY indexname`,
  );
  return rows.map((row) => row.name);
}

async function main() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const existing = Number((await client.query("SELECT count(*) AS n FROM items")).rows[0].n);
  if (existing === 0) throw new Error(`${url} has no items: seed it first (npm run db:seed -- --items 100000)`);

  // Staged once, outside the timed statements: ROWS copies of existing items, cycling if the table is smaller.
  await client.query(`CREATE TEMP TABLE staged_items AS
    SELECT i.* FROM generate_series(0, ${Math.ceil(ROWS / existing) - 1}) AS g(n), items i LIMIT ${ROWS}`);
  await client.query(`UPDATE staged_items SET id = gen_random_uuid(),
    canonical_url = canonical_url || '#floor-' || id::text, search_vector = NULL`);
  await client.query("ANALYZE staged_items");
  await client.query("VACUUM items");

  const gin = await indexNames(client, "indexdef ILIKE '%USING gin%'");
  const secondary = await indexNames(client, "indexname <> 'items_pkey'");
  const noTrigger = "ALTER TABLE items DISABLE TRIGGER items_search_vector_update";
  const variants: Variant[] = [
    { name: "full schema (trigger, 5 GIN, 13 b-tree)", prepare: [] },
    { name: "without the full-text trigger", prepare: [noTrigger] },
    { name: "… and without the GIN indexes", prepare: [noTrigger, `DROP INDEX ${gin.join(", ")}`] },
    { name: "heap + primary key only", prepare: [noTrigger, `DROP INDEX ${secondary.join(", ")}`] },
  ];

  console.log(`import floor: ${ROWS} item rows into a table of ${existing} (${url.replace(/\/\/[^@]*@/, "//")})`);
  console.log(`bar: ${BAR_ROWS_PER_SECOND} rows/s end to end = ${((ROWS / BAR_ROWS_PER_SECOND) * 1000).toFixed(0)} ms for everything`);
  for (const variant of variants) {
    await client.query("BEGIN");
    await client.query("SET LOCAL synchronous_commit = off");
    for (const statement of variant.prepare) await client.query(statement);
    const start = performance.now();
    await client.query("INSERT INTO items SELECT * FROM staged_items");
    const ms = performance.now() - start;
    await client.query("ROLLBACK");
    // A rolled-back insert leaves its dead tuples in the heap and every index; without this the next variant
    // would pay for probing them and look slower than it is.
    await client.query("VACUUM items");
    const rate = Math.round(ROWS / (ms / 1000));
    console.log(`  ${variant.name.padEnd(42)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${String(rate).padStart(6)} rows/s  (load ${load()})`);
  }
  await client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
