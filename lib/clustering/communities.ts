import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { createRandom } from "../seed/prng";
import type { Edges } from "./pairs";
import type { ClusterItem } from "./types";
import { logistic, MODEL, type EdgeModel } from "./model";
import { UnionFind } from "./union-find";
import { SIGNAL_BIT } from "./weights";

/** The kept edges of the item graph with their weights, and a CSR adjacency for per-item scores and reasons. */
export interface ItemGraph {
  n: number;
  a: Int32Array;
  b: Int32Array;
  mask: Int32Array;
  weight: Float64Array;
  count: number;
  /** Neighbours of i: adjacency[offsets[i] .. offsets[i+1]) (edge indexes in adjacencyEdge). */
  offsets: Int32Array;
  neighbour: Int32Array;
  adjacencyEdge: Int32Array;
}

/** Keeps edges whose probability (σ of their logit) reaches model.minEdge that no person rejected, and indexes them by item. */
export function buildItemGraph(n: number, edges: Edges, rejected: ReadonlySet<number>, model: EdgeModel = MODEL): ItemGraph {
  const keep: number[] = [];
  const probability = new Float64Array(edges.count);
  for (let e = 0; e < edges.count; e++) {
    const w = (probability[e] = logistic(edges.logit[e]));
    if (w < model.minEdge) continue;
    if (rejected.size && rejected.has(edges.a[e] * n + edges.b[e])) continue;
    keep.push(e);
  }
  const count = keep.length;
  const a = new Int32Array(count);
  const b = new Int32Array(count);
  const mask = new Int32Array(count);
  const weight = new Float64Array(count);
  const degree = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) {
    const e = keep[k];
    a[k] = edges.a[e];
    b[k] = edges.b[e];
    mask[k] = edges.mask[e];
    weight[k] = probability[e];
    degree[a[k]]++;
    degree[b[k]]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
  const fill = offsets.slice(0, n);
  const neighbour = new Int32Array(2 * count);
  const adjacencyEdge = new Int32Array(2 * count);
  for (let k = 0; k < count; k++) {
    neighbour[fill[a[k]]] = b[k];
    adjacencyEdge[fill[a[k]]++] = k;
    neighbour[fill[b[k]]] = a[k];
    adjacencyEdge[fill[b[k]]++] = k;
  }
  return { n, a, b, mask, weight, count, offsets, neighbour, adjacencyEdge };
}

/**
 * Content clusters: the same content, by file or by near-identical text first seen less than a day apart
 * (one URL is one item already). Different fact-check cases reuse a title ("There is a civil war in Ukraine") years
 * apart: the date keeps them apart. Transitive (union-find) over those edges only.
 */
const CONTENT_WINDOW_MS = 86_400_000;
/** Near-identical is not the same content: two claims differing in one word ("is" / "is not") pass the family bar. */
export const CONTENT_TEXT_THRESHOLD = 0.9;
export function contentClusters(
  graph: Pick<ItemGraph, "n" | "a" | "b" | "mask" | "count">, firstSeen: (i: number) => number | null, textSimilarity: (i: number, j: number) => number = () => 1,
): { contentOf: Int32Array; count: number } {
  const sets = new UnionFind(graph.n);
  for (let k = 0; k < graph.count; k++) {
    const mask = graph.mask[k];
    if (mask & SIGNAL_BIT.same_file) sets.union(graph.a[k], graph.b[k]);
    else if (mask & SIGNAL_BIT.near_identical_text) {
      const ta = firstSeen(graph.a[k]);
      const tb = firstSeen(graph.b[k]);
      // Strictly within a day: date-only sheets put two cases of one title on consecutive days.
      const sameDays = ta === null || tb === null || Math.abs(ta - tb) < CONTENT_WINDOW_MS;
      if (sameDays && textSimilarity(graph.a[k], graph.b[k]) >= CONTENT_TEXT_THRESHOLD) sets.union(graph.a[k], graph.b[k]);
    }
  }
  const contentOf = new Int32Array(graph.n);
  const id = new Map<number, number>();
  for (let i = 0; i < graph.n; i++) {
    const root = sets.find(i);
    let c = id.get(root);
    if (c === undefined) id.set(root, (c = id.size));
    contentOf[i] = c;
  }
  return { contentOf, count: id.size };
}

/**
 * Campaign strands: content clusters joined when they were posted by accounts that act together (coordination.ts
 * decided that at the account level, with its own fitted model), so the tweets of twenty coordinated accounts form
 * one node of the campaign graph even when their texts differ. Returns a strand per item.
 */
export function accountStrands(
  items: readonly ClusterItem[], contentOf: Int32Array, clusters: number, keysOf: (item: ClusterItem) => readonly string[],
): { strandOf: Int32Array; count: number } {
  const sets = new UnionFind(clusters);
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      const at = first.get(key);
      if (at === undefined) first.set(key, contentOf[i]);
      else sets.union(at, contentOf[i]);
    }
  });
  const id = new Map<number, number>();
  const strandOf = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const root = sets.find(contentOf[i]);
    let s = id.get(root);
    if (s === undefined) id.set(root, (s = id.size));
    strandOf[i] = s;
  }
  return { strandOf, count: id.size };
}

/**
 * The campaign-level graph: content clusters as nodes, item edges between two clusters summed (their probabilities)
 * and their strongest kept, so one group of copies counts once however many copies it has.
 */
export function clusterGraph(graph: ItemGraph, contentOf: Int32Array, clusters: number) {
  const sum = new Map<number, number>();
  const max = new Map<number, number>();
  for (let k = 0; k < graph.count; k++) {
    const x = contentOf[graph.a[k]];
    const y = contentOf[graph.b[k]];
    if (x === y) continue;
    const key = Math.min(x, y) * clusters + Math.max(x, y);
    sum.set(key, (sum.get(key) ?? 0) + graph.weight[k]);
    max.set(key, Math.max(max.get(key) ?? 0, graph.weight[k]));
  }
  const g = new UndirectedGraph();
  const strong: [number, number, number][] = [];
  for (const [key, w] of sum) {
    const x = Math.floor(key / clusters);
    const y = key % clusters;
    if (!g.hasNode(String(x))) g.addNode(String(x));
    if (!g.hasNode(String(y))) g.addNode(String(y));
    g.addEdge(String(x), String(y), { weight: w });
    strong.push([x, y, max.get(key)!]);
  }
  return { g, strong };
}

/**
 * Campaign groups: Louvain on the cluster graph at the fitted resolution, then each community split into the
 * connected components of its STRONG edges (probability ≥ model.strongEdge): a group must hang together by strong
 * evidence, not by a chain of weak links through a mass outlet. Returns a group per item.
 */
export function campaignGroups(
  graph: ItemGraph, contentOf: Int32Array, clusters: number, seed: number, model: EdgeModel = MODEL,
): { communityOf: Int32Array; count: number } {
  const { g, strong } = clusterGraph(graph, contentOf, clusters);
  const random = createRandom(seed);
  const mapping: Record<string, number> = g.order ? louvain(g, { getEdgeWeight: "weight", rng: () => random.next(), resolution: model.resolution }) : {};
  const sets = new UnionFind(clusters);
  for (const [x, y, w] of strong) if (w >= model.strongEdge && mapping[String(x)] === mapping[String(y)]) sets.union(x, y);
  const groupOfRoot = new Map<number, number>();
  const communityOf = new Int32Array(graph.n);
  for (let i = 0; i < graph.n; i++) {
    const root = sets.find(contentOf[i]);
    let c = groupOfRoot.get(root);
    if (c === undefined) groupOfRoot.set(root, (c = groupOfRoot.size));
    communityOf[i] = c;
  }
  return { communityOf, count: groupOfRoot.size };
}

/** The graphology graph Louvain runs on: only items with at least one edge (isolated items are their own community). */
export function toGraphology(graph: ItemGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let i = 0; i < graph.n; i++) if (graph.offsets[i + 1] > graph.offsets[i]) g.addNode(String(i));
  for (let k = 0; k < graph.count; k++) g.addEdge(String(graph.a[k]), String(graph.b[k]), { weight: graph.weight[k] });
  return g;
}

/**
 * Louvain communities with a seeded random source (graphology's default is Math.random: two runs on the same data
 * would disagree). Returns a community index per item; isolated items get one each.
 */
export function detectCommunities(graph: ItemGraph, seed: number, g = toGraphology(graph)): { communityOf: Int32Array; count: number } {
  const random = createRandom(seed);
  const mapping = g.order ? louvain(g, { getEdgeWeight: "weight", rng: () => random.next(), resolution: MODEL.resolution }) : {};
  const communityOf = new Int32Array(graph.n).fill(-1);
  let count = 0;
  const renumber = new Map<number, number>();
  for (let i = 0; i < graph.n; i++) {
    const c = mapping[String(i)];
    if (c === undefined) {
      communityOf[i] = count++;
      continue;
    }
    let id = renumber.get(c);
    if (id === undefined) renumber.set(c, (id = count++));
    communityOf[i] = id;
  }
  return { communityOf, count };
}
