import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import { buildGraph, DEFAULT_NODE_CAP, type BuildGraphOptions } from "./build-graph";
import { computeAndStoreLayout, layoutKey, readLayout } from "./layout-cache";
import { encodePositions } from "./layout-graph";
import type { GraphQuery } from "./schemas";
import type { GraphData } from "./types";

/** GET /api/graph's answer: the graph, and its layout's seed and stored positions (base64 Float32 x,y per node). */
export interface GraphView extends GraphData {
  layout: { key: string; seed: number; positions: string | null; exact: boolean };
}

/**
 * The graph for a view plus whatever layout is stored for it. `schedule` receives the work of computing and storing
 * the layout when it is missing or stale (the route passes next/server's after(), so it runs after the response).
 */
export async function getGraphView(
  query: GraphQuery,
  client: PrismaClient = db,
  schedule?: (task: () => Promise<void>) => void,
  options?: BuildGraphOptions,
): Promise<GraphView> {
  // An interactive view keeps at most two edges per node: beyond that a picture is a hairball, and the answer heavy.
  const nodeCap = options?.nodeCap ?? DEFAULT_NODE_CAP;
  const graph = await buildGraph(query, client, { nodeCap, edgeCap: 2 * nodeCap, ...options });
  const cached = await readLayout(client, layoutKey(query), graph);
  if (!cached.exact && schedule) schedule(() => computeAndStoreLayout(client, cached, graph));
  return {
    ...graph,
    layout: { key: cached.key, seed: cached.seed, positions: cached.positions ? encodePositions(cached.positions) : null, exact: cached.exact },
  };
}
