import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { GraphData, GraphEdge, GraphEdgeKind, GraphNode, GraphNodeType } from "../graph/types";

/** Node and edge kinds only the file exports carry: the app's graph view does not draw narratives or mentions. */
export type ExportNodeType = GraphNodeType | "narrative";
export type ExportEdgeKind = GraphEdgeKind | "mentions" | "pushes";
export type ExportGraphNode = Omit<GraphNode, "type"> & { type: ExportNodeType };
export type ExportGraphEdge = Omit<GraphEdge, "kind"> & { kind: ExportEdgeKind };
export interface ExportGraph extends Omit<GraphData, "nodes" | "edges"> {
  nodes: ExportGraphNode[];
  edges: ExportGraphEdge[];
}

interface ExtraRow {
  item_id: string;
  kind: "organization" | "narrative";
  id: string;
  label: string;
  url: string | null;
}

/**
 * The campaign graph of the view (buildGraph) plus what a researcher's graph file needs besides: outlets an item
 * only mentions (the view shows impersonated and targeted ones) and the narratives items push, as nodes with their
 * edges (item → outlet "mentions", item → narrative "pushes"), for the items already in the graph. Bounded like the
 * graph itself: at most `limit` rows.
 */
export async function withOutletsAndNarratives(prisma: PrismaClient, graph: GraphData, limit: number): Promise<ExportGraph> {
  const itemIds = graph.nodes.filter((n) => n.type === "item").map((n) => n.id.slice("item:".length));
  if (!itemIds.length) return graph;
  const rows = await prisma.$queryRaw<ExtraRow[]>(Prisma.sql`
    SELECT * FROM (
      SELECT io.item_id::text, 'organization' AS kind, o.id::text, o.name AS label, o.url
      FROM unnest(${itemIds}::uuid[]) AS p(id) JOIN item_organizations io ON io.item_id = p.id AND io.role = 'mentioned'
      JOIN organizations o ON o.id = io.organization_id AND o.deleted_at IS NULL
      UNION ALL
      SELECT x.item_id::text, 'narrative', n.id::text, n.title, NULL
      FROM unnest(${itemIds}::uuid[]) AS p(id) JOIN item_narratives x ON x.item_id = p.id
      JOIN narratives n ON n.id = x.narrative_id AND n.deleted_at IS NULL
    ) extras ORDER BY item_id, kind, id LIMIT ${limit}`);
  const nodes = new Map<string, ExportGraphNode>(graph.nodes.map((n) => [n.id, n]));
  const sightingsOf = new Map(graph.nodes.map((n) => [n.id, n.sightings]));
  const edges: ExportGraphEdge[] = [...graph.edges];
  const seen = new Set(edges.map((e) => e.id));
  for (const row of rows) {
    const id = `${row.kind}:${row.id}`;
    const item = `item:${row.item_id}`;
    const node = nodes.get(id) ?? { id, type: row.kind, label: row.label, sightings: 0, campaigns: [], url: row.url && /^https?:\/\//i.test(row.url) ? row.url : undefined };
    node.sightings += sightingsOf.get(item) ?? 0;
    nodes.set(id, node);
    const kind: ExportEdgeKind = row.kind === "narrative" ? "pushes" : "mentions";
    const edgeId = `${kind}:${item}>${id}`;
    if (!seen.has(edgeId)) edges.push({ id: edgeId, source: item, target: id, kind, status: "confirmed", confidence: 1 });
    seen.add(edgeId);
  }
  return { ...graph, nodes: [...nodes.values()], edges };
}
