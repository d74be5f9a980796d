// MinHash/LSH benchmark: `npx tsx bench/minhash.ts [--docs 100000] [--seed 1]`.
// Builds a deterministic corpus of short texts (Zipf-distributed vocabulary, near-duplicate families made by
// word-level edits, plus unrelated texts), then reports signature throughput, LSH candidate recall on the known
// near-duplicate pairs and the false candidate rate. Figures to hold: ≥ 40k signatures/s on one thread.
import { loadavg } from "node:os";
import { splitmix32 } from "../lib/text/hash32";
import { LshIndex } from "../lib/text/lsh-index";
import { estimateJaccard, minhashSignature, NEAR_DUPLICATE_THRESHOLD, shingleHashes } from "../lib/text/minhash";
import { matchingTokens } from "../lib/text/normalise";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const DOCS = arg("docs", 100_000);
const next = splitmix32(arg("seed", 1));
const uniform = (n: number) => next() % n;
const between = (lo: number, hi: number) => lo + uniform(hi - lo + 1);

// Zipf(1) over 20k invented words: common words recur across unrelated texts, as in real posts.
const SYLLABLES = ["ka", "ro", "mi", "zu", "le", "pa", "ti", "on", "es", "dra", "vi", "gu", "nel", "sto", "ar", "bi"];
const VOCABULARY = Array.from({ length: 20_000 }, () =>
  Array.from({ length: between(1, 4) }, () => SYLLABLES[uniform(SYLLABLES.length)]).join(""),
);
const CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((_, rank) => (sum += 1 / (rank + 1)));
})();
function word(): string {
  const target = (next() / 2 ** 32) * CUMULATIVE[CUMULATIVE.length - 1];
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo];
}
const sentence = () => Array.from({ length: between(12, 40) }, word);

function mutate(words: readonly string[], edits: number): string[] {
  const out = [...words];
  for (let e = 0; e < edits; e++) {
    const at = uniform(out.length);
    const kind = uniform(4);
    if (kind === 0) out[at] = word();
    else if (kind === 1) out.splice(at, 0, word());
    else if (kind === 2 && out.length > 5) out.splice(at, 1);
    else if (at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1], out[at]];
  }
  return out;
}

// Corpus: about 40 % of documents in families of 2–8 edited copies (1–3 edits each), the rest unrelated.
const texts: string[] = [];
const family: number[] = [];
for (let f = 0; texts.length < DOCS; f++) {
  const base = sentence();
  const size = uniform(10) < 4 ? between(2, 8) : 1;
  for (let m = 0; m < size && texts.length < DOCS; m++) {
    texts.push((m === 0 ? base : mutate(base, between(1, 3))).join(" "));
    family.push(f);
  }
}

// Wall time and this process's CPU time: on a shared machine the CPU-time rate is what one free core would do.
function timed<T>(work: () => T): [T, number, number] {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - start, (used.user + used.system) / 1000];
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Signatures: three rounds, median reported (the machine may be shared).
let signatures: number[][] = [];
const rates: number[] = [];
const cpuRates: number[] = [];
for (let round = 0; round < 3; round++) {
  const [sigs, ms, cpuMs] = timed(() => texts.map(minhashSignature));
  signatures = sigs;
  rates.push(texts.length / (ms / 1000));
  cpuRates.push(texts.length / (cpuMs / 1000));
}

const [index, indexMs] = timed(() => {
  const built = new LshIndex<number>();
  signatures.forEach((signature, id) => built.add(id, signature));
  return built;
});
const [candidatePairs, queryMs] = timed(() => {
  const pairs: Array<[number, number]> = [];
  signatures.forEach((signature, id) => {
    for (const other of index.candidates(signature)) if (other > id) pairs.push([id, other]);
  });
  return pairs;
});

const shingleSets = new Map<number, Set<number>>();
const shingles = (id: number) => {
  let set = shingleSets.get(id);
  if (set === undefined) shingleSets.set(id, (set = new Set(shingleHashes(matchingTokens(texts[id])))));
  return set;
};
function exactJaccard(a: number, b: number): number {
  const [x, y] = [shingles(a), shingles(b)];
  let common = 0;
  for (const value of x) if (y.has(value)) common++;
  return common / (x.size + y.size - common || 1);
}

// Ground truth: same-family pairs whose shingle sets really are near-identical (exact Jaccard ≥ threshold).
const members = new Map<number, number[]>();
family.forEach((f, id) => members.set(f, [...(members.get(f) ?? []), id]));
const truePairs = new Map<string, number>();
let familyPairs = 0;
for (const ids of members.values()) {
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      familyPairs++;
      const jaccard = exactJaccard(ids[i], ids[j]);
      if (jaccard >= NEAR_DUPLICATE_THRESHOLD) truePairs.set(`${ids[i]}:${ids[j]}`, jaccard);
    }
  }
}

// Recall per exact-Jaccard range, as candidates and after verification on the estimate.
const RANGES = [0.5, 0.6, 0.8, 1.01];
const bucketOf = (jaccard: number) => RANGES.findIndex((upper, i) => jaccard >= (i === 0 ? 0 : RANGES[i - 1]) && jaccard < upper) - 1;
const inRange = [0, 0, 0];
const candidateInRange = [0, 0, 0];
const verifiedInRange = [0, 0, 0];
for (const jaccard of truePairs.values()) inRange[bucketOf(jaccard)]++;
let found = 0;
let crossFamily = 0;
let belowThreshold = 0;
let falseMerges = 0;
let verified = 0;
for (const [a, b] of candidatePairs) {
  const truth = truePairs.get(`${a}:${b}`);
  const estimate = estimateJaccard(signatures[a], signatures[b]);
  if (truth !== undefined) {
    found++;
    candidateInRange[bucketOf(truth)]++;
    if (estimate >= NEAR_DUPLICATE_THRESHOLD) verifiedInRange[bucketOf(truth)]++;
  }
  const related = family[a] === family[b];
  if (!related) crossFamily++;
  if (exactJaccard(a, b) < NEAR_DUPLICATE_THRESHOLD) belowThreshold++;
  if (estimate >= NEAR_DUPLICATE_THRESHOLD) {
    verified++;
    if (!related) falseMerges++;
  }
}

const words = texts.reduce((sum, text) => sum + text.split(" ").length, 0) / texts.length;
const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(2)} %`;
console.log(`MinHash 128 × word 2-shingles, LSH 32 bands × 4 rows — ${texts.length} docs (mean ${words.toFixed(1)} words), ${members.size} families`);
console.log(`load average at start of report: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (2-core machine may be shared)`);
const perCpu = median(cpuRates);
console.log(`signatures (text → normalise → shingles → 128 int32), median of 3 runs: ${Math.round(median(rates))}/s wall clock, ${Math.round(perCpu)}/s per CPU second — bar 40000/s: ${perCpu >= 40_000 ? "PASS" : "BELOW"}`);
console.log(`LSH index build: ${Math.round(texts.length / (indexMs / 1000))} docs/s; candidate queries: ${Math.round(texts.length / (queryMs / 1000))} queries/s`);
console.log(`near-duplicate pairs (same family, exact Jaccard ≥ ${NEAR_DUPLICATE_THRESHOLD}): ${truePairs.size} of ${familyPairs} family pairs`);
console.log(`candidate recall on them: ${pct(found, truePairs.size)} (${found}/${truePairs.size})`);
["[0.5, 0.6)", "[0.6, 0.8)", "[0.8, 1]"].forEach((label, i) =>
  console.log(`  exact Jaccard ${label}: ${inRange[i]} pairs, candidates ${pct(candidateInRange[i], inRange[i])}, verified ${pct(verifiedInRange[i], inRange[i])}`),
);
console.log(`candidate pairs: ${candidatePairs.length}; cross-family (false) candidates: ${pct(crossFamily, candidatePairs.length)} (${crossFamily}); below-threshold candidates: ${pct(belowThreshold, candidatePairs.length)}`);
console.log(`after verification (estimated Jaccard ≥ ${NEAR_DUPLICATE_THRESHOLD}): ${verified} pairs kept, false merges across families: ${falseMerges}`);
