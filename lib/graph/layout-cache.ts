import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { canonicalFilter } from "../filters/dataset-filter";
import { ForceLayout } from "./layout";
import { alignPositions, layoutSeed, toLayoutGraph } from "./layout-graph";
import type { GraphQuery } from "./schemas";
import type { GraphData } from "./types";

/**
 * Computed layouts are kept in graph_layout_cache under the view's key (the canonical query), with the node ids they
 * were computed for. Reopening a view whose nodes are unchanged is instant; when the data has moved on, the stored
 * positions are the warm start for the nodes that remain. A cache, not a record: rows can be dropped at any time,
 * so writing one is not audited.
 */
export const LAYOUT_VERSION = "v1";

export function layoutKey(query: GraphQuery): string {
  const canonical = JSON.stringify({ f: canonicalFilter(query.filter), t: query.types, c: query.minConfidence, x: query.focus ?? null });
  return `${LAYOUT_VERSION}:${createHash("sha256").update(canonical).digest("base64url")}`;
}

export interface CachedLayout {
  key: string;
  seed: number;
  /** x,y per node of the graph (NaN for nodes the stored layout did not have), or null when nothing is stored. */
  positions: Float32Array | null;
  /** The stored layout is for exactly these nodes: draw it as it is. */
  exact: boolean;
}

export async function readLayout(client: PrismaClient, key: string, graph: GraphData): Promise<CachedLayout> {
  const seed = layoutSeed(key);
  const row = await client.graphLayoutCache.findUnique({ where: { key } });
  if (!row) return { key, seed, positions: null, exact: false };
  const stored = new Float32Array(new Uint8Array(row.positions).buffer);
  const ids = graph.nodes.map((n) => n.id);
  const exact = row.nodeIds.length === ids.length && row.nodeIds.every((id, i) => id === ids[i]);
  return { key, seed, positions: exact ? stored : alignPositions(ids, row.nodeIds, stored), exact };
}

const inFlight = new Set<string>();
/** Ticks between yields: a few ms of work each, so requests are served while a big layout is computed. */
const TICKS_PER_SLICE = 2;

/**
 * Lays the graph out exactly as the browser's worker does (same seed, same warm start) and stores it; runs after the
 * response (next/server after()), yielding to the event loop between slices. One computation per key at a time.
 */
export async function computeAndStoreLayout(client: PrismaClient, cached: CachedLayout, graph: GraphData): Promise<void> {
  if (cached.exact || inFlight.has(cached.key) || graph.nodes.length === 0) return;
  inFlight.add(cached.key);
  try {
    const layout = new ForceLayout(toLayoutGraph(graph), { seed: cached.seed, initial: cached.positions });
    while (!layout.settled) {
      layout.tick(TICKS_PER_SLICE);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await storeLayout(client, cached.key, graph.nodes.map((n) => n.id), layout.positions());
  } finally {
    inFlight.delete(cached.key);
  }
}

export async function storeLayout(client: PrismaClient, key: string, nodeIds: string[], positions: Float32Array) {
  const bytes = new Uint8Array(positions.byteLength);
  bytes.set(new Uint8Array(positions.buffer, positions.byteOffset, positions.byteLength));
  await client.graphLayoutCache.upsert({
    where: { key },
    create: { key, nodeIds, nodeCount: nodeIds.length, positions: bytes },
    update: { nodeIds, nodeCount: nodeIds.length, positions: bytes, createdAt: new Date() },
  });
}
