/**
 * npx tsx --conditions=react-server bench/search.ts [--per-class 40]
 * p50/p95 of the search box (all six types, 5 hits each — what one keystroke asks) over a realistic query mix on
 * a PostgreSQL database with ≥ 100k items: words in several languages (sampled from items' titles), two-word
 * phrases, person and campaign names with a typo, partial URLs, one-letter queries and queries that find nothing.
 * Baseline, same run: the naive items query (rank every full-text or ILIKE match, then LIMIT) on the same
 * queries. BENCH_DATABASE_URL names the database (default the shared read-only bench_shared_100k); only read.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/db/client";
import { createRandom } from "../lib/seed/prng";
import { searchQuerySchema } from "../lib/search/schemas";
import { search } from "../lib/search/search";

const { values } = parseArgs({ options: { "per-class": { type: "string", default: "40" } } });
const PER_CLASS = Number(values["per-class"]);
const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/bench_shared_100k";
const database = openDatabase({ kind: "postgres", url });
const prisma = database.prisma;
const random = createRandom(7);

const [{ items }] = await prisma.$queryRaw<{ items: number }[]>`SELECT count(*)::int AS items FROM items WHERE deleted_at IS NULL`;
const sample = await prisma.$queryRaw<{ title: string | null; language: string | null; url: string | null }[]>`
  SELECT title, languages[1] AS language, canonical_url AS url FROM items WHERE deleted_at IS NULL ORDER BY md5(id::text) LIMIT ${PER_CLASS * 4}`;
const names = (await prisma.$queryRaw<{ name: string }[]>`
  SELECT name FROM persons UNION ALL SELECT name FROM campaigns UNION ALL SELECT name FROM organizations ORDER BY 1`).map((r) => r.name);

const wordsOf = (title: string | null) => (title ?? "").split(/[\s,.:;!?«»"()]+/).filter((w) => [...w].length >= 5 && !/\d/.test(w));
/** One typo: two inner letters swapped, or one dropped. */
const typo = (name: string) => {
  const chars = [...name];
  const at = random.int(1, Math.max(1, chars.length - 3));
  if (random.chance(0.5)) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
  else chars.splice(at, 1);
  return chars.join("");
};
const partialUrl = (u: string) => {
  const { host, pathname } = new URL(u);
  const segments = pathname.split("/").filter(Boolean);
  return random.chance(0.5) ? segments.slice(-2).join("/") : `${host}${pathname}`.slice(0, -random.int(1, 3));
};

const classes: Record<string, string[]> = { word: [], phrase: [], "name-typo": [], "partial-url": [], "one-letter": [], "no-hits": [] };
for (const row of sample) {
  const words = wordsOf(row.title);
  if (words.length && classes.word.length < PER_CLASS) classes.word.push(random.pick(words));
  else if (words.length >= 2 && classes.phrase.length < PER_CLASS) {
    const at = random.int(0, words.length - 2);
    classes.phrase.push(`${words[at]} ${words[at + 1]}`);
  } else if (row.url && classes["partial-url"].length < PER_CLASS) classes["partial-url"].push(partialUrl(row.url));
}
for (let i = 0; i < PER_CLASS; i++) {
  classes["name-typo"].push(typo(random.pick(names)));
  classes["one-letter"].push(random.pick([..."aeikmnoprstwzяпк"]));
  classes["no-hits"].push(`${random.pick(["zqxv", "qwxzyk", "xxjjqq", "wqzv"])}${random.int(100, 999)}`);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms  p95 ${pct(xs, 95).toFixed(1).padStart(6)} ms  max ${Math.max(...xs).toFixed(1).padStart(6)} ms`;

async function naiveItems(q: string) {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return prisma.$queryRaw`
    SELECT i.id, ts_rank_cd(i.search_vector, websearch_to_tsquery('simple', ${q})) AS rank FROM items i
    WHERE i.deleted_at IS NULL AND (i.search_vector @@ websearch_to_tsquery('simple', ${q})
      OR i.title ILIKE ${pattern} OR i.canonical_url ILIKE ${pattern})
    ORDER BY rank DESC LIMIT 5`;
}

const all = Object.entries(classes).flatMap(([kind, qs]) => qs.map((q) => ({ kind, q })));
for (const { q } of all.slice(0, 30)) await search(searchQuerySchema.parse({ q }), prisma); // warm-up: pool, plans, caches

const times = new Map<string, number[]>();
const baseline = new Map<string, number[]>();
const found = new Map<string, number>();
const record = (map: Map<string, number[]>, kind: string, ms: number) => {
  for (const key of [kind, "all"]) map.set(key, [...(map.get(key) ?? []), ms]);
};
for (const { kind, q } of all) {
  let t0 = performance.now();
  const result = await search(searchQuerySchema.parse({ q }), prisma);
  record(times, kind, performance.now() - t0);
  if (result.groups.length) found.set(kind, (found.get(kind) ?? 0) + 1);
  t0 = performance.now();
  await naiveItems(q);
  record(baseline, kind, performance.now() - t0);
}

console.log(`search on PostgreSQL, ${items} items, ${all.length} queries (all 6 types, limit 5) · load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
for (const [kind, xs] of times) {
  const hits = kind === "all" ? [...found.values()].reduce((a, b) => a + b, 0) : (found.get(kind) ?? 0);
  console.log(`  ${kind.padEnd(12)} n=${String(xs.length).padStart(4)}  ${fmt(xs)}  found ${hits}/${xs.length}`);
  console.log(`  ${"".padEnd(12)} baseline (naive items query, rank every match): ${fmt(baseline.get(kind)!)}`);
}
console.log(`  examples: ${Object.entries(classes).map(([k, qs]) => `${k} "${qs[0]}"`).join(", ")}`);
await database.close();
process.exit(0);
