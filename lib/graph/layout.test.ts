import { describe, expect, it } from "vitest";
import { ForceLayout, runLayout } from "./layout";
import { syntheticLayoutGraph } from "./synthetic-graph";

const linkStretch = (positions: Float32Array, graph: ReturnType<typeof syntheticLayoutGraph>) => {
  let total = 0;
  for (let e = 0; e < graph.sources.length; e++) {
    const s = graph.sources[e], t = graph.targets[e];
    total += Math.hypot(positions[2 * s] - positions[2 * t], positions[2 * s + 1] - positions[2 * t + 1]);
  }
  return total / graph.sources.length;
};

describe("force layout", () => {
  const graph = syntheticLayoutGraph(600, 1200, 7);

  it("is deterministic for a seed and differs for another seed", () => {
    const a = runLayout(graph, { seed: 42 });
    const b = runLayout(graph, { seed: 42 });
    const c = runLayout(graph, { seed: 43 });
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
  });

  it("settles into a finite, spread-out picture with links near their rest length", () => {
    const layout = new ForceLayout(graph, { seed: 1 });
    layout.run();
    expect(layout.settled).toBe(true);
    const positions = layout.positions();
    expect(positions.every(Number.isFinite)).toBe(true);
    const mean = linkStretch(positions, graph);
    expect(mean).toBeGreaterThan(10);
    expect(mean).toBeLessThan(120);
    // no two nodes on top of each other after the charge has pushed them apart
    const keys = new Set<string>();
    for (let i = 0; i < graph.nodeCount; i++) keys.add(`${positions[2 * i].toFixed(3)},${positions[2 * i + 1].toFixed(3)}`);
    expect(keys.size).toBe(graph.nodeCount);
  });

  it("keeps a pinned node where it was put", () => {
    const layout = new ForceLayout(graph, { seed: 1 });
    layout.pin(5, 123, -45);
    layout.run();
    expect([layout.x[5], layout.y[5]]).toEqual([123, -45]);
  });

  it("starts from known positions and then needs little work", () => {
    const first = runLayout(graph, { seed: 3 });
    const warm = new ForceLayout(graph, { seed: 3, initial: first });
    expect(warm.alpha).toBeLessThan(0.2);
    warm.run();
    const moved = Math.max(...Array.from(warm.positions(), (v, i) => Math.abs(v - first[i])));
    expect(moved).toBeLessThan(30);
  });

  it("handles empty, single-node and coincident graphs", () => {
    expect(runLayout({ nodeCount: 0, sources: new Int32Array(0), targets: new Int32Array(0) })).toHaveLength(0);
    expect(runLayout({ nodeCount: 1, sources: new Int32Array(0), targets: new Int32Array(0) }).every(Number.isFinite)).toBe(true);
    const same = new Float32Array(20).fill(0);
    const positions = runLayout({ nodeCount: 10, sources: new Int32Array(0), targets: new Int32Array(0) }, { initial: same });
    expect(positions.every(Number.isFinite)).toBe(true);
    expect(new Set(Array.from({ length: 10 }, (_, i) => `${positions[2 * i]},${positions[2 * i + 1]}`)).size).toBe(10);
  });
});
