import { buildItemGraph, detectCommunities, toGraphology } from "./communities";
import { extractSignals } from "./signals";
import { buildSuggestions } from "./suggestions";
import type { ClusterInput, ClusterResult } from "./types";

export type ClusterPhase = "signals" | "communities" | "suggestions";

export interface RunOptions {
  /** Precomputed LSH band keys per item (items.lsh_bands), saving their computation. */
  bands?: readonly (ArrayLike<number> | undefined)[];
  onPhase?: (phase: ClusterPhase) => void;
}

const DEFAULT_SEED = 20_241_126;

/**
 * The whole engine, pure and deterministic for a given input: signals from inverted indexes → weighted item graph →
 * Louvain communities (seeded) → suggestions with reasons. No database, no clock.
 */
export function runClustering(input: ClusterInput, options: RunOptions = {}): ClusterResult {
  const timings: Record<string, number> = {};
  const time = <T>(name: string, work: () => T): T => {
    const start = performance.now();
    const result = work();
    timings[name] = Math.round(performance.now() - start);
    return result;
  };
  const n = input.items.length;
  options.onPhase?.("signals");
  const signals = time("signals", () => extractSignals(input.items, options.bands));
  options.onPhase?.("communities");
  const { graph, communities } = time("communities", () => {
    const index = new Map(input.items.map((item, i) => [item.id, i]));
    const rejected = new Set<number>();
    for (const [x, y] of input.rejectedPairs) {
      const i = index.get(x);
      const j = index.get(y);
      if (i !== undefined && j !== undefined) rejected.add(Math.min(i, j) * n + Math.max(i, j));
    }
    const graph = buildItemGraph(n, signals.edges, rejected);
    return { graph, communities: detectCommunities(graph, input.seed ?? DEFAULT_SEED, toGraphology(graph)) };
  });
  options.onPhase?.("suggestions");
  const suggestions = time("suggestions", () => buildSuggestions(input, graph, communities.communityOf, communities.count));
  return {
    suggestions,
    communityOf: communities.communityOf,
    stats: {
      items: n,
      pairs: signals.pairsCollected,
      edges: graph.count,
      communities: communities.count,
      suggestions: suggestions.length,
      stoppedKeys: signals.stoppedKeys,
      timings,
    },
  };
}
