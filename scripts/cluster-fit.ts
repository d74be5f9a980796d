/**
 * npm run cluster:fit [-- --reuse] — fits how the clustering signals combine and writes lib/clustering/learned-weights.json
 * with its version and provenance. Labelled pairs: every candidate pair the engine itself collects (items sharing
 * a value) on (1) the real-train data sets imported with the app's importer (EUvsDisinfo with and without claim
 * text: same case; IRA tweets: same account_type) and (2) a synthetic corpus (seed 2; the quality bench scores
 * seed 1). Features: per signal, the size class of the rarest shared value, a bonus for two or more shared values,
 * the time class. Weighted logistic regression with one intercept per corpus (each corpus weighing the same). Then
 * the coordinated-account model (account pairs, same labels), and the bias (a new corpus's prior, unknown) with the
 * Louvain resolution: the pair whose worst corpus F1 is best. Only weights leave the
 * training data; labels (case_url, account_type) are read from the CSV for fitting, never mapped into items.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { accountPairs } from "../lib/clustering/coordination";
import { runClustering } from "../lib/clustering/engine";
import { fitLogistic, type Row } from "../lib/clustering/fit/logistic";
import { loadRealCorpus, type Variant } from "../lib/clustering/fit/real-train";
import { scoreClustering } from "../lib/clustering/metrics";
import { KEY_SIGNALS, logit, MODEL, SIZE_CLASSES, TIME_CLASSES, withUnseenClasses, type EdgeModel } from "../lib/clustering/model";
import { extractSignals } from "../lib/clustering/signals";
import { syntheticClusterInput } from "../lib/clustering/synthetic-input";
import type { ClusterItem } from "../lib/clustering/types";
import { SIGNAL_ORDER } from "../lib/clustering/weights";

const reuse = process.argv.includes("--reuse");
/** A value of this rarity class or commoner (more than 5 % of all items) never links two items on its own: platforms, mass outlets. */
const MASS_CLASS = 6;

interface Corpus { name: string; items: readonly ClusterItem[]; bands?: readonly number[][]; labels: string[][] }

const bitOf = (s: string) => SIGNAL_ORDER.indexOf(s as never);
const KEY_DIMS = 16 * SIZE_CLASSES;
const TIME_DIMS = KEY_DIMS + 16;
/** One intercept per corpus: candidate pairs are same-group at very different base rates (0.6 % to 96 %). */
const CORPUS_DIMS = TIME_DIMS + TIME_CLASSES.length;
const DIMS = CORPUS_DIMS + 8;
const share = (a: string[], b: string[]) => a.some((l) => b.includes(l));

/** Pairs of items sharing a label, counted (single labels: Σ C(size, 2); several: enumerated). */
function truePairCount(labels: string[][]): number {
  if (labels.every((l) => l.length <= 1)) {
    const size = new Map<string, number>();
    for (const l of labels) if (l[0]) size.set(l[0], (size.get(l[0]) ?? 0) + 1);
    return [...size.values()].reduce((s, m) => s + (m * (m - 1)) / 2, 0);
  }
  const members = new Map<string, number[]>();
  labels.forEach((ls, i) => ls.forEach((l) => (members.get(l) ?? members.set(l, []).get(l)!).push(i)));
  const pairs = new Set<number>();
  for (const ms of members.values()) for (let x = 0; x < ms.length; x++) for (let y = x + 1; y < ms.length; y++) pairs.add(ms[x] * labels.length + ms[y]);
  return pairs.size;
}

/**
 * The corpus's labelled pairs as feature patterns: every candidate pair the engine collects, with its features, and
 * ALL other pairs as one pattern with no evidence (their count and how many of them are true pairs are exact), so
 * the signal weights are log-likelihood ratios against sharing nothing, not against other candidates.
 */
function edgeRows(corpus: Corpus, corpusIndex: number, rows: Map<string, Row>, weight: number) {
  const signals = extractSignals(corpus.items, corpus.bands, MODEL, true);
  const { edges } = signals;
  const patterns = new Map<string, { features: number[]; positive: number; negative: number }>();
  let candidatePositives = 0;
  for (let e = 0; e < edges.count; e++) {
    const features: number[] = [];
    for (let b = 0; b < 16; b++) {
      const c = edges.classes![e * 16 + b];
      if (c) features.push(b * SIZE_CLASSES + c);
      if (edges.multi[e] & (1 << b)) features.push(KEY_DIMS + b);
    }
    features.push(TIME_DIMS + signals.timeClass[e], CORPUS_DIMS + corpusIndex);
    const key = features.join(",");
    const row = patterns.get(key) ?? patterns.set(key, { features, positive: 0, negative: 0 }).get(key)!;
    if (share(corpus.labels[edges.a[e]], corpus.labels[edges.b[e]])) {
      row.positive++;
      candidatePositives++;
    } else row.negative++;
  }
  const n = corpus.items.length;
  const allPairs = (n * (n - 1)) / 2;
  const truePairs = truePairCount(corpus.labels);
  patterns.set(`rest${corpusIndex}`, {
    features: [CORPUS_DIMS + corpusIndex],
    positive: truePairs - candidatePositives,
    negative: allPairs - edges.count - (truePairs - candidatePositives),
  });
  for (const [key, r] of patterns) {
    const row = rows.get(key) ?? rows.set(key, { features: r.features, positive: 0, negative: 0 }).get(key)!;
    row.positive += (r.positive / allPairs) * weight;
    row.negative += (r.negative / allPairs) * weight;
  }
  return { candidatePairs: edges.count, candidatePositives, truePairs, allPairs };
}

function accountRows(corpus: Corpus) {
  const { itemsOf, pairs } = accountPairs(corpus.items);
  const labelOf = itemsOf.map((list) => {
    const tally = new Map<string, number>();
    for (const i of list) for (const l of corpus.labels[i]) tally.set(l, (tally.get(l) ?? 0) + 1);
    return [...tally.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  });
  return pairs.map((p) => ({
    features: [0, 1, 2], values: p.features,
    positive: labelOf[p.x] !== null && labelOf[p.x] === labelOf[p.y] ? 1 : 0,
    negative: labelOf[p.x] !== null && labelOf[p.x] === labelOf[p.y] ? 0 : 1,
  }));
}

async function main() {
  const corpora: Corpus[] = [];
  for (const variant of ["euvsdisinfo-claims", "euvsdisinfo-no-claims", "ira-tweets"] as Variant[]) {
    console.error(`importing ${variant}…`);
    const c = await loadRealCorpus(variant, { cache: reuse });
    corpora.push({ name: variant, items: c.input.items, bands: c.bands, labels: c.truthOf });
  }
  const synthetic = syntheticClusterInput(10_000, 2);
  corpora.push({ name: "synthetic n=10000 seed=2", items: synthetic.input.items, labels: Array.from(synthetic.truth, (t, i) => [t >= 0 ? `c${t}` : `noise${i}`]) });

  const rows = new Map<string, Row>();
  const provenance: Record<string, unknown> = {};
  corpora.forEach((c, k) => (provenance[c.name] = edgeRows(c, k, rows, 1)));
  const fit = fitLogistic([...rows.values()], DIMS, { l2: 1e-9, epochs: 4000 });
  const { w } = fit;
  // Each corpus has its own prior (how likely two random items belong together); a new corpus's is unknown, so the
  // bias is chosen below, with the resolution, as the one giving the best mean F1 over the corpora.
  const intercepts = corpora.map((_, k) => fit.bias + w[CORPUS_DIMS + k]);
  const bias = Math.max(...intercepts);
  console.error(`intercepts per corpus: ${intercepts.map((x) => x.toFixed(2)).join(", ")}`);
  const model: EdgeModel = structuredClone({ ...MODEL, provenance: {} }) as EdgeModel;
  model.bias = bias;
  for (const s of KEY_SIGNALS) {
    model.key[s] = Array.from({ length: SIZE_CLASSES }, (_, c) => (c === 0 ? 0 : +w[bitOf(s) * SIZE_CLASSES + c].toFixed(3)));
    model.multi[s] = +w[KEY_DIMS + bitOf(s)].toFixed(3);
  }
  model.time = TIME_CLASSES.map((_, t) => +w[TIME_DIMS + t].toFixed(3));

  // Account pairs from the corpora whose labels are per account (the IRA themes): the synthetic generator's accounts
  // re-share several operations' items (64 % purity), so their labels say little about coordination.
  const accounts = corpora.filter((c) => c.name === "ira-tweets").flatMap(accountRows);
  const fitted = fitLogistic(accounts, 3);
  model.account = { bias: +fitted.bias.toFixed(3), hashtagCosine: +fitted.w[0].toFixed(3), dayOverlap: +fitted.w[1].toFixed(3), hourOverlap: +fitted.w[2].toFixed(3), minLink: 0.7 };

  // Bias (the prior) and resolution: the pair with the best mean pairwise F1 of campaign groups over the corpora.
  const capMass = (m: EdgeModel) => {
    // Mass values never link on their own, whatever a corpus says: their weight stays below the edge bar.
    const ceiling = logit(m.minEdge) - m.bias - Math.max(...m.time) - 0.01;
    const key = structuredClone(m.key);
    for (const s of KEY_SIGNALS) for (let c = MASS_CLASS; c < SIZE_CLASSES; c++) key[s][c] = Math.min(key[s][c], +ceiling.toFixed(3));
    return { ...m, key };
  };
  let best = { resolution: model.resolution, bias: model.bias, f1: -1 };
  const low = Math.min(...intercepts);
  const high = Math.max(...intercepts);
  const biases = Array.from({ length: 9 }, (_, k) => +(low + ((high - low) * k) / 8).toFixed(2));
  for (const [resolution, bias] of [0.5, 1].flatMap((r) => biases.map((b) => [r, b]))) {
    // Scored as the app will use it (model.ts fills the classes the fit never saw); written raw.
    const trial = withUnseenClasses(capMass({ ...model, resolution, bias }));
    let sum = Infinity;
    let mean = 0;
    const each: string[] = [];
    for (const c of corpora) {
      const result = runClustering({ items: c.items, confirmed: [], rejectedLinks: [], rejectedPairs: [], labels: new Map() }, { bands: c.bands, model: trial });
      const truth = Int32Array.from(c.labels, (l, i) => (l.length ? hash(l[0]) : -1 - i));
      const s = scoreClustering(truth, result.communityOf);
      // The worst corpus decides (max-min): a prior that suits one kind of data must not sacrifice another.
      sum = Math.min(sum, s.f1);
      mean += s.f1 / corpora.length;
      each.push(`P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}`);
    }
    console.error(`resolution ${resolution}, bias ${bias}: worst F1 ${sum.toFixed(4)} (${each.join(" | ")})`);
    // Ties of the worst corpus (it may not depend on the bias) go to the best mean.
    if (sum + 0.01 * mean > best.f1) best = { resolution, bias, f1: sum + 0.01 * mean };
  }
  Object.assign(model, capMass({ ...model, resolution: best.resolution, bias: best.bias }));
  // The account link threshold, with the chosen bias: best pairwise F1 of the IRA campaign groups (its themes are the
  // coordination labels) among the thresholds whose precision is at least 0.8.
  const ira = corpora.find((c) => c.name === "ira-tweets")!;
  let bestLink = { minLink: 0.5, f1: -1 };
  for (const minLink of [0.5, 0.6, 0.7, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.95]) {
    const trial = withUnseenClasses({ ...model, account: { ...model.account, minLink } });
    const result = runClustering({ items: ira.items, confirmed: [], rejectedLinks: [], rejectedPairs: [], labels: new Map() }, { bands: ira.bands, model: trial });
    const s = scoreClustering(Int32Array.from(ira.labels, (l) => hash(l[0])), result.communityOf);
    console.error(`account link ${minLink}: IRA P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(4)}`);
    // Precision first: a suggestion a person must undo costs more than one never made (floor 0.8).
    if (s.precision >= 0.8 && s.f1 > bestLink.f1) bestLink = { minLink, f1: s.f1 };
  }
  model.account.minLink = bestLink.minLink;
  // To the minute: a run records the version it used, so two fits of one day must not share it.
  const minute = new Date().toISOString().slice(0, 16).replace(/:/g, "");
  model.version = `${minute}.fit`;
  model.provenance = {
    command: "npm run cluster:fit", fittedAt: new Date().toISOString(), model: "weighted logistic regression (Adam, L2 1e-3), each corpus weighing the same",
    pairs: provenance, accountPairs: accounts.length, massClass: `values of rarity class ≥ ${MASS_CLASS} (on > 5 % of items) capped below the edge bar`, intercepts: Object.fromEntries(corpora.map((c, k) => [c.name, +intercepts[k].toFixed(3)])),
    data: "real-train: euvsdisinfo-2015-2018/sightings.csv (truth case_url), ira-tweets-train/ira_tweets_train.csv (truth account_type); synthetic corpus lib/seed/synthetic",
    worstCorpusF1: +best.f1.toFixed(4),
  };
  writeFileSync(path.resolve("lib/clustering/learned-weights.json"), `${JSON.stringify(model, null, 1)}\n`);
  console.log(JSON.stringify({ version: model.version, bias: model.bias, time: model.time, account: model.account, resolution: model.resolution }, null, 1));
}

function hash(s: string) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h >>> 1;
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
