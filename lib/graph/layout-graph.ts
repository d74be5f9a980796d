import { hashString } from "./random";
import type { LayoutGraph } from "./layout";
import type { GraphData } from "./types";

/** Node ids → indices and edges as index arrays: what the layout (and the worker) works on. */
export function toLayoutGraph(graph: Pick<GraphData, "nodes" | "edges">): LayoutGraph & { index: Map<string, number> } {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const sources: number[] = [];
  const targets: number[] = [];
  for (const edge of graph.edges) {
    const s = index.get(edge.source), t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    sources.push(s);
    targets.push(t);
  }
  return { nodeCount: graph.nodes.length, sources: Int32Array.from(sources), targets: Int32Array.from(targets), index };
}

/** The layout's seed for a view: same filter, same seed, same picture. */
export const layoutSeed = (key: string) => hashString(key) || 1;

/** Positions stored for other node ids, mapped onto this graph's nodes (NaN where a node is new). */
export function alignPositions(nodeIds: readonly string[], cachedIds: readonly string[], cached: Float32Array): Float32Array {
  const at = new Map(cachedIds.map((id, i) => [id, i]));
  const out = new Float32Array(2 * nodeIds.length).fill(NaN);
  nodeIds.forEach((id, i) => {
    const j = at.get(id);
    if (j === undefined || 2 * j + 1 >= cached.length) return;
    out[2 * i] = cached[2 * j];
    out[2 * i + 1] = cached[2 * j + 1];
  });
  return out;
}

/** Float32 positions ⇄ base64, for JSON answers (80 KB of floats for 10k nodes instead of ~250 KB of decimals). */
export function encodePositions(positions: Float32Array): string {
  const bytes = new Uint8Array(positions.buffer, positions.byteOffset, positions.byteLength);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function decodePositions(base64: string): Float32Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer, 0, bytes.length >> 2);
}
