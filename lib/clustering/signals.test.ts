import { describe, expect, it } from "vitest";
import { fixtureItem, copyOf, SCRIPT } from "./fixtures";
import { logistic, MODEL } from "./model";
import { extractSignals } from "./signals";
import type { ClusterItem, SignalName } from "./types";
import { CLIQUE_CAP, SIGNAL_BIT, SPARSE_DEGREE, edgeWeight } from "./weights";

/** The signals between items a and b (indexes), or null when they are not paired. */
function between(items: ClusterItem[], a: number, b: number): SignalName[] | null {
  const { edges } = extractSignals(items);
  for (let e = 0; e < edges.count; e++) {
    if (edges.a[e] === Math.min(a, b) && edges.b[e] === Math.max(a, b)) {
      return (Object.keys(SIGNAL_BIT) as SignalName[]).filter((s) => edges.mask[e] & SIGNAL_BIT[s]);
    }
  }
  return null;
}

/** The fitted model's link probability of the pair a, b. */
function probability(items: ClusterItem[], a: number, b: number): number {
  const { edges } = extractSignals(items);
  for (let e = 0; e < edges.count; e++) if (edges.a[e] === Math.min(a, b) && edges.b[e] === Math.max(a, b)) return logistic(edges.logit[e]);
  return 0;
}

const DAY = 86_400_000;

describe("signals between items", () => {
  it.each([
    ["same_file", { fileSha256: "a".repeat(64) }],
    ["same_person", { persons: ["p1"] }],
    ["same_outlet", { outlets: ["o1"] }],
    ["same_account", { accounts: ["acc1"] }],
    ["same_domain", { domains: ["spiegel.ltd"] }],
    ["shared_narrative", { narratives: ["n1"] }],
    ["shared_marker", { markers: ["m1"] }],
    ["same_target", { targets: ["p2"] }],
    ["shared_technique", { techniques: ["T0087"] }],
  ] as const)("%s: two items sharing the key are paired, a third without it is not", (signal, shared) => {
    const items = [fixtureItem("a", shared), fixtureItem("b", shared), fixtureItem("c")];
    expect(between(items, 0, 1)).toEqual([signal]);
    expect(between(items, 0, 2)).toBeNull();
  });

  it("near_identical_text: copies of one script are paired, an unrelated text is not", () => {
    const items = [fixtureItem("a", { text: copyOf(0) }), fixtureItem("b", { text: copyOf(5) }), fixtureItem("c", { text: "A cooking video about dumplings and nothing else whatsoever in this whole long text" })];
    expect(between(items, 0, 1)).toEqual(["near_identical_text"]);
    expect(between(items, 0, 2)).toBeNull();
    expect(between([fixtureItem("a", { text: SCRIPT }), fixtureItem("b")], 0, 1)).toBeNull();
  });

  it("identity evidence links two items on its own even in a tiny instance (rarity measured against ≥ 5,000 items)", () => {
    const t = Date.UTC(2025, 1, 3);
    const other = fixtureItem("x", { text: "A cooking video about dumplings and nothing else whatsoever in this whole long text" });
    const file = [fixtureItem("a", { fileSha256: "b".repeat(64), firstSeenAt: t }), fixtureItem("b", { fileSha256: "b".repeat(64), firstSeenAt: t }), other];
    expect(probability(file, 0, 1)).toBeGreaterThanOrEqual(MODEL.minEdge);
    const copies = [fixtureItem("a", { text: copyOf(0), firstSeenAt: t }), fixtureItem("b", { text: copyOf(5), firstSeenAt: t }), other];
    expect(probability(copies, 0, 1)).toBeGreaterThanOrEqual(MODEL.minEdge);
    const person = [fixtureItem("a", { persons: ["p"], firstSeenAt: t }), fixtureItem("b", { persons: ["p"], firstSeenAt: t }), other];
    expect(probability(person, 0, 1)).toBeGreaterThanOrEqual(MODEL.minEdge);
  });

  // The fitted model adds a time term to every pair and marks close_in_time (for reasons) on any pair first seen within
  // the window; the old hand weights set the bit only beside a strong signal. What must hold: closeness in time does
  // not turn a weak shared value into a link, and it does not stand in for identity evidence.
  it("close_in_time marks pairs seen close together, but does not make a weak shared value a link", () => {
    const t = Date.UTC(2025, 1, 3);
    const items = [
      fixtureItem("a", { persons: ["p"], narratives: ["n1"], firstSeenAt: t }),
      fixtureItem("b", { persons: ["p"], firstSeenAt: t + 2 * DAY }),
      fixtureItem("c", { persons: ["p"], firstSeenAt: t + 10 * DAY }),
      fixtureItem("d", { narratives: ["n1"], firstSeenAt: t }),
    ];
    expect(between(items, 0, 1)).toEqual(["same_person", "close_in_time"]);
    expect(between(items, 0, 2)).toEqual(["same_person"]);
    expect(between(items, 0, 3)).toEqual(["shared_narrative", "close_in_time"]);
    expect(probability(items, 0, 1)).toBeGreaterThanOrEqual(MODEL.minEdge);
    expect(probability(items, 0, 3)).toBeLessThan(MODEL.minEdge);
  });

  it("caps big keys: a person in 2,000 items gives about SPARSE_DEGREE pairs per item, not a clique", () => {
    const items = Array.from({ length: 2_000 }, (_, i) => fixtureItem(`i${i}`, { persons: ["famous"] }));
    // 2,000 of 10,000: under the stop share, so the key is kept, sparsely.
    const padded = [...items, ...Array.from({ length: 8_000 }, (_, i) => fixtureItem(`x${i}`))];
    const { edges } = extractSignals(padded);
    expect(edges.count).toBeLessThanOrEqual((2_000 * SPARSE_DEGREE) / 2);
    expect(edges.count).toBeGreaterThan(2_000);
    const small = extractSignals(Array.from({ length: CLIQUE_CAP }, (_, i) => fixtureItem(`s${i}`, { persons: ["p"] })));
    expect(small.edges.count).toBe((CLIQUE_CAP * (CLIQUE_CAP - 1)) / 2);
  });

  it("ignores a key most items share (not distinctive)", () => {
    const items = Array.from({ length: 200 }, (_, i) => fixtureItem(`i${i}`, { domains: ["everywhere.test"] }));
    expect(extractSignals(items).edges.count).toBe(0);
    expect(extractSignals(items).stoppedKeys).toBe(1);
  });

  it("combines signals by noisy-OR: stronger together, never above 1", () => {
    const one = edgeWeight(SIGNAL_BIT.same_person);
    const two = edgeWeight(SIGNAL_BIT.same_person | SIGNAL_BIT.near_identical_text);
    expect(two).toBeGreaterThan(one);
    expect(edgeWeight(Object.values(SIGNAL_BIT).reduce((m, b) => m | b, 0))).toBeLessThan(1);
  });
});
