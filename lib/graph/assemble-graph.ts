import type { GraphData, GraphEdge, GraphEdgeKind, GraphNode } from "./types";

/** Which edges an edge cap keeps first: the structure of campaigns and who is impersonated, then the rest. */
const EDGE_PRIORITY: Record<GraphEdgeKind, number> = {
  attributed_to: 0,
  in_campaign: 1,
  impersonates: 2,
  targets: 3,
  posted_by: 4,
  near_duplicate: 5,
  hosted_on: 6,
};

/** The `cap` most important edges (by kind, then confirmed before suggested, then confidence; ties by id). */
export function capEdges(edges: GraphEdge[], cap: number): GraphEdge[] {
  if (edges.length <= cap) return edges;
  return [...edges]
    .sort(
      (a, b) =>
        EDGE_PRIORITY[a.kind] - EDGE_PRIORITY[b.kind] ||
        Number(a.status === "suggested") - Number(b.status === "suggested") ||
        b.confidence - a.confidence ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, cap);
}

/** Higher first: campaigns and threat actors always stay (few, and the frame of every picture), then by weight. */
function importance(node: GraphNode, degree: number): number {
  if (node.type === "campaign" || node.type === "threat_actor") return Number.MAX_SAFE_INTEGER;
  return node.sightings + degree;
}

/**
 * Keeps the `cap` most important nodes (by sightings plus degree; ties by id, so the answer is stable) and the
 * edges between them. Edges pointing at missing nodes are dropped, and duplicates (same id) kept once.
 */
export function capGraph(nodes: GraphNode[], edges: GraphEdge[], cap: number, matchedNodes = nodes.length, edgeCap = Infinity): GraphData {
  const graph = capNodes(nodes, edges, cap, matchedNodes);
  if (graph.edges.length <= edgeCap) return graph;
  return { ...graph, edges: capEdges(graph.edges, edgeCap), truncated: true, totalEdges: graph.edges.length };
}

function capNodes(nodes: GraphNode[], edges: GraphEdge[], cap: number, matchedNodes: number): GraphData {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  const valid = edges.filter((edge) => {
    if (seen.has(edge.id) || !byId.has(edge.source) || !byId.has(edge.target) || edge.source === edge.target) return false;
    seen.add(edge.id);
    return true;
  });
  const unique = [...byId.values()];
  const totalNodes = Math.max(matchedNodes, unique.length);
  if (unique.length <= cap) return { nodes: unique, edges: valid, truncated: totalNodes > unique.length, totalNodes, nodeCap: cap };

  const degree = new Map<string, number>();
  for (const edge of valid) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const ranked = unique
    .map((node) => ({ node, score: importance(node, degree.get(node.id) ?? 0) }))
    .sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0));
  const kept = new Set(ranked.slice(0, cap).map((r) => r.node.id));
  return {
    nodes: unique.filter((node) => kept.has(node.id)),
    edges: valid.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
    truncated: true,
    totalNodes,
    nodeCap: cap,
  };
}
