import { estimateJaccard } from "../text/minhash";
import { accountStrands, buildItemGraph, campaignGroups, contentClusters } from "./communities";
import { MODEL, type EdgeModel } from "./model";
import { extractSignals } from "./signals";
import { buildSuggestions } from "./suggestions";
import type { ClusterInput, ClusterResult } from "./types";

export type ClusterPhase = "signals" | "communities" | "suggestions";

export interface RunOptions {
  /** Precomputed LSH band keys per item (items.lsh_bands), saving their computation. */
  bands?: readonly (ArrayLike<number> | undefined)[];
  onPhase?: (phase: ClusterPhase) => void;
  /** The edge model; the fitted one (learned-weights.json) unless a fit or a bench tries another. */
  model?: EdgeModel;
}

const DEFAULT_SEED = 20_241_126;

/**
 * The whole engine, pure and deterministic for a given input: signals from inverted indexes, each shared value
 * weighted by its rarity (model.ts) → item graph → content clusters (same file / near-identical text on the same
 * days) → campaign groups (Louvain on the content-cluster graph, split into strongly connected pieces) →
 * suggestions with reasons. No database, no clock.
 */
export function runClustering(input: ClusterInput, options: RunOptions = {}): ClusterResult {
  const model = options.model ?? MODEL;
  const timings: Record<string, number> = {};
  const time = <T>(name: string, work: () => T): T => {
    const start = performance.now();
    const result = work();
    timings[name] = Math.round(performance.now() - start);
    return result;
  };
  const n = input.items.length;
  options.onPhase?.("signals");
  const signals = time("signals", () => extractSignals(input.items, options.bands, model));
  options.onPhase?.("communities");
  const { graph, content, communities } = time("communities", () => {
    const index = new Map(input.items.map((item, i) => [item.id, i]));
    const rejected = new Set<number>();
    for (const [x, y] of input.rejectedPairs) {
      const i = index.get(x);
      const j = index.get(y);
      if (i !== undefined && j !== undefined) rejected.add(Math.min(i, j) * n + Math.max(i, j));
    }
    const graph = buildItemGraph(n, signals.edges, rejected, model);
    // On all candidate pairs, not only the kept edges: "the same content" does not wait for campaign-level evidence.
    const content = contentClusters({ ...signals.edges, n }, (i) => input.items[i].firstSeenAt, (i, j) => estimateJaccard(input.items[i].minhash, input.items[j].minhash));
    const strands = accountStrands(input.items, content.contentOf, content.count, signals.coordination.keysOf);
    return { graph, content, communities: campaignGroups(graph, strands.strandOf, strands.count, input.seed ?? DEFAULT_SEED, model) };
  });
  options.onPhase?.("suggestions");
  const labels = new Map([...input.labels, ...signals.coordination.labels]);
  const keys = (item: ClusterInput["items"][number]) => signals.coordination.keysOf(item);
  const { suggestions, topReasonOf } = time("suggestions", () =>
    buildSuggestions({ ...input, labels }, graph, communities.communityOf, communities.count, keys));
  return {
    suggestions,
    communityOf: communities.communityOf,
    contentOf: content.contentOf,
    topReasonOf,
    stats: {
      items: n,
      pairs: signals.pairsCollected,
      edges: graph.count,
      contentClusters: content.count,
      communities: communities.count,
      coordinatedAccountGroups: signals.coordination.groups,
      suggestions: suggestions.length,
      stoppedKeys: signals.stoppedKeys,
      timings,
    },
  };
}
