/**
 * npx tsx --conditions=react-server bench/write-concurrency.ts [--seconds 20] [--writers 4] [--importers 2]
 * Concurrent writers on a PostgreSQL copy of the 100k-item database (BENCH_DATABASE_URL, default bench_writes;
 * make it with `createdb -T bench_shared_100k bench_writes`): `writers` loops logging sightings on random known
 * items (the form and API path) and `importers` loops writing bulk batches of 50 rows that mix known and new URLs
 * (the import path, retried on a lost lock conflict as the import job does), all through the analytics rollup
 * triggers. Prints the transactions done, those that failed after their retries with their error codes, the
 * deadlocks PostgreSQL detected meanwhile (pg_stat_database), and the load average (the machine is shared).
 */
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, writers: { type: "string", default: "4" }, importers: { type: "string", default: "2" } } });
const URL_ = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bench_writes";
const PLATFORMS = ["x", "telegram", "facebook", "youtube", "tiktok"];
const COUNTRIES = ["PL", "DE", "FR", "UA", "MD", "US"];
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];

function codeOf(error: unknown): string {
  const e = error as { code?: string; meta?: { code?: string }; cause?: { code?: string }; message?: string };
  const text = `${e?.message ?? ""}`;
  return e?.meta?.code ?? e?.cause?.code ?? /\b(40P01|40001|55P03)\b/.exec(text)?.[1] ?? e?.code ?? "other";
}

async function main() {
  const { openDatabase } = await import("../lib/db/client");
  const { logSighting } = await import("../lib/ingest/log-sighting");
  const { ingestBatch } = await import("../lib/ingest/bulk/ingest-batch");
  const { logSightingSchema } = await import("../lib/ingest/schemas");
  const { retryOnConflict } = await import("../lib/db/transaction-conflict");
  const parse = (input: unknown) => logSightingSchema().parse(input);
  const database = openDatabase({ kind: "postgres", url: URL_ });
  const { prisma } = database;
  const known = await prisma.item.findMany({ where: { deletedAt: null }, select: { id: true, canonicalUrl: true }, take: 2000, orderBy: { lastSeenAt: "desc" } });
  const actor = { kind: "system" } as const;
  const until = Date.now() + Number(values.seconds) * 1000;
  const tally = { done: 0, failed: 0, codes: {} as Record<string, number>, worst: 0 };
  const record = async (work: () => Promise<unknown>) => {
    const t0 = performance.now();
    try {
      await work();
      tally.done++;
    } catch (error) {
      tally.failed++;
      const code = codeOf(error);
      tally.codes[code] = (tally.codes[code] ?? 0) + 1;
      if (process.env.DEBUG_ERRORS && tally.failed < 3) console.error(error);
    }
    tally.worst = Math.max(tally.worst, performance.now() - t0);
  };
  const sighting = () => ({
    url: `https://example.org/s/${randomUUID()}`, platform: pick(PLATFORMS), audienceCountry: pick(COUNTRIES),
    observedAt: new Date(Date.now() - Math.floor(Math.random() * 30) * 86_400_000),
  });
  const writer = async () => {
    while (Date.now() < until) {
      await record(() => logSighting(prisma, parse({ itemId: pick(known).id, sighting: sighting() }), { channel: "api", actor, onDuplicate: "merge" }));
    }
  };
  const importer = async () => {
    while (Date.now() < until) {
      const rows = Array.from({ length: 50 }, (_, i) => {
        const url = i % 2 ? pick(known).canonicalUrl ?? `https://example.org/new/${randomUUID()}` : `https://example.org/new/${randomUUID()}`;
        return { rowNumber: i + 1, rowKey: null, input: parse({ item: { kind: "post", url, text: `Concurrency row ${i}` }, sighting: sighting() }) };
      });
      // Retried as the import job retries a batch (lib/imports/jobs/write-bulk.ts).
      await record(() => retryOnConflict(() => prisma.$transaction((tx) => ingestBatch(tx, rows, { channel: "import", actor }), { timeout: 60_000 })));
    }
  };
  const deadlocks = async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`)[0].n;
  const deadlocksBefore = await deadlocks();
  console.log(`bench/write-concurrency on ${URL_.replace(/\/\/[^@]*@/, "//")} · ${values.writers} writers + ${values.importers} importers for ${values.seconds} s · load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  await Promise.all([...Array.from({ length: Number(values.writers) }, writer), ...Array.from({ length: Number(values.importers) }, importer)]);
  console.log(`transactions: ${tally.done} done, ${tally.failed} failed ${JSON.stringify(tally.codes)} · deadlocks PostgreSQL detected (each one a transaction rolled back, then retried): ${(await deadlocks()) - deadlocksBefore} · slowest ${tally.worst.toFixed(0)} ms · load after ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
