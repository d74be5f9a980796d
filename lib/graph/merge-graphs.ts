import type { GraphData, GraphEdge, GraphNode } from "./types";

/** The base graph plus expanded neighbourhoods: nodes and edges by id, the base's order first (so indices stay put). */
export function mergeGraphs(base: GraphData, extras: readonly Pick<GraphData, "nodes" | "edges">[]): GraphData {
  if (extras.length === 0) return base;
  const nodes = new Map<string, GraphNode>(base.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, GraphEdge>(base.edges.map((e) => [e.id, e]));
  for (const extra of extras) {
    for (const node of extra.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of extra.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { ...base, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Neighbours of each node by index, for the panel and the highlight. */
export function adjacency(graph: Pick<GraphData, "nodes" | "edges">): { index: Map<string, number>; neighbours: { edge: GraphEdge; other: number; outgoing: boolean }[][] } {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const neighbours: { edge: GraphEdge; other: number; outgoing: boolean }[][] = graph.nodes.map(() => []);
  for (const edge of graph.edges) {
    const s = index.get(edge.source), t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    neighbours[s].push({ edge, other: t, outgoing: true });
    neighbours[t].push({ edge, other: s, outgoing: false });
  }
  return { index, neighbours };
}
