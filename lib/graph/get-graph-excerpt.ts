import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { buildGraph } from "./build-graph";
import { layoutKey, storeLayout } from "./layout-cache";
import { alignPositions, layoutSeed, toLayoutGraph } from "./layout-graph";
import { runLayout } from "./layout";
import type { GraphQuery } from "./schemas";
import type { GraphData } from "./types";

/** Small enough to lay out inline in a request (well under 100 ms) and to read on a printed page. */
export const EXCERPT_NODE_CAP = 150;

export interface GraphExcerpt {
  graph: GraphData;
  /** x,y per node, laid out and settled. */
  positions: Float32Array;
}

/**
 * A static picture of a view for documents (the campaign dossier): the most important nodes, laid out with the
 * same seeded layout as the explorer, from the layout cache when it holds these exact nodes. Draw it with
 * components/graph/graph-snapshot.tsx (server-rendered SVG, no script).
 */
export async function getGraphExcerpt(query: GraphQuery, client: PrismaClient = db, nodeCap = EXCERPT_NODE_CAP): Promise<GraphExcerpt> {
  const graph = await buildGraph(query, client, { nodeCap });
  const key = `${layoutKey(query)}:excerpt${nodeCap}`;
  const ids = graph.nodes.map((n) => n.id);
  const row = await client.graphLayoutCache.findUnique({ where: { key } });
  if (row && row.nodeIds.length === ids.length && row.nodeIds.every((id, i) => id === ids[i])) {
    return { graph, positions: new Float32Array(new Uint8Array(row.positions).buffer) };
  }
  const initial = row ? alignPositions(ids, row.nodeIds, new Float32Array(new Uint8Array(row.positions).buffer)) : null;
  const positions = runLayout(toLayoutGraph(graph), { seed: layoutSeed(key), initial });
  if (ids.length) await storeLayout(client, key, ids, positions);
  return { graph, positions };
}
