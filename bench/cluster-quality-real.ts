// Clustering quality on REAL data with ground truth, in one run:
//   npx tsx --conditions=react-server bench/cluster-quality-real.ts [--reuse] [--out <dir>]
// Imports ../shared/data/real-train's files with the app's importer (lib/clustering/fit/real-train.ts: explicit
// mappings of non-label columns), runs the engine as a full run does, and scores with score.py's definitions
// (fit/pair-score.ts) against the truth: EUvsDisinfo content clusters (claims as text) and campaign groups (no
// claim text) vs case_url; IRA campaign groups vs account_type. Prints the trivial baselines of the same data and
// writes pred CSVs, scored again by `python3 score.py` when python3 is there (the cross-check). --reuse keeps the
// imported inputs in the temp folder between runs (imports take ~30 s each).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { runClustering } from "../lib/clustering/engine";
import { loadRealCorpus, readCsv, REAL_TRAIN, type RealCorpus, type Variant } from "../lib/clustering/fit/real-train";
import { scorePairs, type PairScores } from "../lib/clustering/fit/pair-score";
import { WEIGHTS_VERSION } from "../lib/clustering/model";

const reuse = process.argv.includes("--reuse");
const outAt = process.argv.indexOf("--out");
const out = outAt > 0 ? process.argv[outAt + 1] : path.join(tmpdir(), "sightline-cluster-quality-real");
mkdirSync(out, { recursive: true });
const f = (x: number | null) => (x === null ? "n/a" : x.toFixed(4));
const line = (name: string, s: PairScores) =>
  console.log(`  ${name.padEnd(44)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  ARI ${f(s.ari)}  pairs ${s.predictedPairs}/${s.truePairs}  largest ${s.largestPredicted} (true ${s.largestTrue})`);

function groupsOf(rows: RealCorpus["rows"], labelOf: (row: RealCorpus["rows"][number]) => string | null) {
  const m = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = m.get(row.key) ?? m.set(row.key, new Set()).get(row.key)!;
    const label = labelOf(row);
    if (label !== null) set.add(label);
  }
  return m;
}

function predict(corpus: RealCorpus, groupOf: Int32Array, level: string, column: string) {
  const pred = groupsOf(corpus.rows, (row) => (row.item >= 0 ? `${level}-${groupOf[row.item]}` : null));
  const file = path.join(out, `pred-${corpus.variant}-${level}.csv`);
  const lines = [`${column},cluster`];
  for (const [key, labels] of pred) for (const l of labels) lines.push(`${/[",\r\n]/.test(key) ? `"${key.replace(/"/g, '""')}"` : key},${l}`);
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return { pred, file };
}

function crossCheck(dataset: string, file: string) {
  try {
    const text = execFileSync("python3", [path.join(REAL_TRAIN, "score.py"), dataset, file], { encoding: "utf8" });
    for (const l of text.trim().split("\n")) console.log(`    score.py: ${l}`);
  } catch {
    console.log("    (python3 score.py not run)");
  }
}

async function run(variant: Variant) {
  const started = performance.now();
  const corpus = await loadRealCorpus(variant, { cache: reuse });
  const loaded = performance.now() - started;
  const result = runClustering(corpus.input, { bands: corpus.bands });
  const r = corpus.importReport;
  console.log(`\n${variant}: ${corpus.rows.length} rows → ${corpus.input.items.length} items (import: ${r.created} created, ${r.merged} merged, ${r.skipped} skipped, ${r.failed} failed), `
    + `loaded in ${(loaded / 1000).toFixed(1)} s; engine ${JSON.stringify(result.stats.timings)} ms, ${result.stats.edges} edges, `
    + `${result.stats.contentClusters} content clusters, ${result.stats.communities} groups, ${result.stats.coordinatedAccountGroups} coordinated account groups, ${result.stats.suggestions} suggestions`);
  return { corpus, result };
}

async function main() {
  console.log(`weights ${WEIGHTS_VERSION}; real-train at ${REAL_TRAIN}; pred files in ${out}`);
  const sheet = await readCsv(path.join(REAL_TRAIN, "euvsdisinfo-2015-2018/sightings.csv"));
  const tweets = await readCsv(path.join(REAL_TRAIN, "ira-tweets-train/ira_tweets_train.csv"));
  const euvTruth = new Map<string, Set<string>>();
  const byClaim = new Map<string, Set<string>>();
  for (const r of sheet) {
    (euvTruth.get(r.url) ?? euvTruth.set(r.url, new Set()).get(r.url)!).add(r.case_url);
    (byClaim.get(r.url) ?? byClaim.set(r.url, new Set()).get(r.url)!).add(r.claim);
  }
  const iraTruth = new Map(tweets.map((t) => [t.item_id, new Set([t.account_type])]));
  const byAuthor = new Map(tweets.map((t) => [t.item_id, new Set([t.author_id])]));
  const bars: [string, boolean][] = [];

  const claims = await run("euvsdisinfo-claims");
  console.log("  vs case_url (urls):");
  const baseClaim = scorePairs(euvTruth, byClaim);
  line("baseline: identical claim text", baseClaim);
  const content = predict(claims.corpus, claims.result.contentOf, "content", "url");
  const c = scorePairs(euvTruth, content.pred);
  line("content clusters", c);
  line("campaign groups", scorePairs(euvTruth, predict(claims.corpus, claims.result.communityOf, "campaign", "url").pred));
  crossCheck("euvsdisinfo", content.file);
  bars.push(["EUvsDisinfo claims, content clusters F1 ≥ 0.85", c.f1 >= 0.85], ["… ARI ≥ 0.85", (c.ari ?? 0) >= 0.85],
    ["… largest group ≤ 2× largest case", c.largestPredicted <= 2 * c.largestTrue]);

  const bare = await run("euvsdisinfo-no-claims");
  console.log("  vs case_url (urls):");
  line("baseline: identical claim text (not imported)", baseClaim);
  const groups = predict(bare.corpus, bare.result.communityOf, "campaign", "url");
  const g = scorePairs(euvTruth, groups.pred);
  line("campaign groups", g);
  crossCheck("euvsdisinfo", groups.file);
  bars.push(["EUvsDisinfo without claims, precision ≥ 0.9", g.precision >= 0.9], ["… no group > 2× largest case", g.largestPredicted <= 2 * g.largestTrue]);

  const ira = await run("ira-tweets");
  console.log("  vs account_type (tweets):");
  line("baseline: same author", scorePairs(iraTruth, byAuthor));
  const campaigns = predict(ira.corpus, ira.result.communityOf, "campaign", "item_id");
  const i = scorePairs(iraTruth, campaigns.pred);
  line("campaign groups", i);
  line("content clusters", scorePairs(iraTruth, predict(ira.corpus, ira.result.contentOf, "content", "item_id").pred));
  crossCheck("ira", campaigns.file);
  bars.push(["IRA campaign groups vs account_type, precision ≥ 0.8", i.precision >= 0.8], ["… recall ≥ 0.3", i.recall >= 0.3]);
  const top = ira.result.suggestions[0];
  if (top) console.log(`  e.g. suggestion of ${top.members.length} tweets: ${top.reasons.slice(0, 4).map((x) => x.detail).join("; ")}`);

  console.log("\nbars:");
  for (const [name, ok] of bars) console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}`);
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
