import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import { createRandom } from "../seed/prng";
import type { Edges } from "./pairs";
import { edgeWeight, LOUVAIN_RESOLUTION, MIN_EDGE_WEIGHT } from "./weights";

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

/** Keeps edges at or above MIN_EDGE_WEIGHT that no person rejected, and indexes them by item. */
export function buildItemGraph(n: number, edges: Edges, rejected: ReadonlySet<number>): ItemGraph {
  const weightOf = new Map<number, number>();
  const keep: number[] = [];
  for (let e = 0; e < edges.count; e++) {
    const mask = edges.mask[e];
    let w = weightOf.get(mask);
    if (w === undefined) weightOf.set(mask, (w = edgeWeight(mask)));
    if (w < MIN_EDGE_WEIGHT) continue;
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
    weight[k] = weightOf.get(mask[k])!;
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
  const mapping = g.order ? louvain(g, { getEdgeWeight: "weight", rng: () => random.next(), resolution: LOUVAIN_RESOLUTION }) : {};
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
