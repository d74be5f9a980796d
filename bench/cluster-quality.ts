// Clustering quality on a labelled synthetic corpus: `npx tsx --conditions=react-server bench/cluster-quality.ts [--items 10000] [--seed 1]`.
// Headless: the engine runs on the generator's items in memory (no database). Prints pairwise precision, recall,
// F1 and the adjusted Rand index of (1) the communities alone, with no confirmed link given, and (2) the
// suggestions made when the generator's confirmed links (≈70 % of campaign items) are the anchors.
import { loadavg } from "node:os";
import { runClustering } from "../lib/clustering/engine";
import { scoreClustering } from "../lib/clustering/metrics";
import { syntheticClusterInput } from "../lib/clustering/synthetic-input";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const n = arg("items", 10_000);
const seed = arg("seed", 1);
const fmt = (x: number) => x.toFixed(4);

function unsupervised() {
  const corpus = syntheticClusterInput(n, seed);
  const started = performance.now();
  const result = runClustering(corpus.input);
  const ms = performance.now() - started;
  // Decoys and noise belong to no campaign: each is its own true cluster.
  const truth = Int32Array.from(corpus.truth, (t, i) => (t >= 0 ? t : 1_000_000 + i));
  const scores = scoreClustering(truth, result.communityOf);
  const roles = { campaign: 0, other: 0 };
  for (const t of corpus.truth) {
    if (t >= 0) roles.campaign++;
    else roles.other++;
  }
  console.log(`corpus: ${n} items, seed ${seed}, ${corpus.campaignIds.length} campaigns, ${roles.campaign} campaign items, ${roles.other} decoys + noise`);
  console.log(`(1) communities, no labels given: ${result.stats.communities} communities, ${result.stats.edges} edges, ${Math.round(ms)} ms ${JSON.stringify(result.stats.timings)}`);
  console.log(`    pairwise precision ${fmt(scores.precision)}  recall ${fmt(scores.recall)}  F1 ${fmt(scores.f1)}  ARI ${fmt(scores.ari)}`);
  return scores;
}

function supervised() {
  const corpus = syntheticClusterInput(n, seed, { withConfirmed: true });
  const result = runClustering(corpus.input);
  const index = new Map(corpus.input.items.map((item, i) => [item.id, i]));
  const campaignIndex = new Map(corpus.campaignIds.map((id, k) => [id, k]));
  // Final assignment: confirmed campaign, else the suggested campaign or candidate, else alone.
  const predicted = Int32Array.from(corpus.truth, (t, i) => (corpus.linked[i] && t >= 0 ? t : 1_000_000 + i));
  let suggested = 0;
  let correct = 0;
  let candidates = 0;
  result.suggestions.forEach((s, k) => {
    if (s.campaignId === null) candidates++;
    for (const m of s.members) {
      const i = index.get(m.itemId)!;
      const label = s.campaignId ? campaignIndex.get(s.campaignId)! : 2_000_000 + k;
      predicted[i] = label;
      if (s.campaignId) {
        suggested++;
        if (corpus.truth[i] === label) correct++;
      }
    }
  });
  const unlinkedCampaignItems = corpus.truth.reduce((sum, t, i) => sum + (t >= 0 && !corpus.linked[i] ? 1 : 0), 0);
  const truth = Int32Array.from(corpus.truth, (t, i) => (t >= 0 ? t : 1_000_000 + i));
  const scores = scoreClustering(truth, predicted);
  console.log(`(2) suggestions with ${corpus.input.confirmed.length} confirmed links as anchors: ${result.suggestions.length} suggestions (${candidates} new-campaign candidates)`);
  console.log(`    items suggested to an existing campaign: ${suggested}, right campaign ${correct} (precision ${fmt(suggested ? correct / suggested : 1)}), `
    + `${fmt(correct / Math.max(1, unlinkedCampaignItems))} of the ${unlinkedCampaignItems} unlinked campaign items found`);
  console.log(`    final assignment pairwise precision ${fmt(scores.precision)}  recall ${fmt(scores.recall)}  F1 ${fmt(scores.f1)}  ARI ${fmt(scores.ari)}`);
  const top = result.suggestions[0];
  if (top) console.log(`    e.g. "${top.campaignId ? `add ${top.members.length} items to ${corpus.input.labels.get(top.campaignId)}` : `new campaign candidate (${top.members.length} items)`} (${top.score})": ${top.reasons.map((r) => r.detail).join("; ")}`);
}

const bar = unsupervised();
supervised();
console.log(`bar (10k items, communities): precision ≥ 0.95 ${bar.precision >= 0.95 ? "PASS" : "FAIL"}, F1 ≥ 0.90 ${bar.f1 >= 0.9 ? "PASS" : "FAIL"}`);
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
