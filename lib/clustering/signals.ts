import { fmix32 } from "../text/hash32";
import { estimateJaccard, lshBandKeys } from "../text/minhash";
import { PairCollector, type Edges } from "./pairs";
import type { ClusterItem, SignalName } from "./types";
import { UnionFind } from "./union-find";
import { CLIQUE_CAP, hasStrongSignal, TEXT_FAMILY_THRESHOLD, SIGNAL_BIT, SIGNAL_ORDER, SPARSE_DEGREE, STOP_SHARE, TIME_WINDOW_DAYS } from "./weights";

/** Signals read from one attribute list of an item: each distinct value is a key of an inverted index. */
export const KEYED_SIGNALS = [
  ["same_file", (item: ClusterItem) => (item.fileSha256 ? [item.fileSha256] : [])],
  ["same_person", (item: ClusterItem) => item.persons],
  ["same_outlet", (item: ClusterItem) => item.outlets],
  ["same_account", (item: ClusterItem) => item.accounts],
  ["same_domain", (item: ClusterItem) => item.domains],
  ["shared_narrative", (item: ClusterItem) => item.narratives],
  ["shared_marker", (item: ClusterItem) => item.markers],
  ["same_target", (item: ClusterItem) => item.targets],
  ["shared_technique", (item: ClusterItem) => item.techniques],
] as const satisfies readonly (readonly [SignalName, (item: ClusterItem) => readonly string[]])[];

export interface SignalResult {
  edges: Edges;
  /** Near-duplicate family of each item (its union-find root), -1 when it has none. */
  textFamily: Int32Array;
  pairsCollected: number;
  stoppedKeys: number;
}

const bitIndex = (signal: SignalName) => SIGNAL_ORDER.indexOf(signal);
const TIME_WINDOW_MS = TIME_WINDOW_DAYS * 86_400_000;
const GOLDEN = 0.6180339887498949;

/**
 * Emits the pairs of one key group. Small groups give every pair; big ones a sparse expander (see CLIQUE_CAP in
 * weights.ts); groups that cover a large share of all items are not distinctive and give nothing.
 */
function emitGroup(pairs: PairCollector, members: number[], bit: number, total: number): boolean {
  const m = members.length;
  if (m < 2) return true;
  if (m > CLIQUE_CAP && m > STOP_SHARE * total) return false;
  if (m <= CLIQUE_CAP) {
    for (let x = 0; x < m; x++) for (let y = x + 1; y < m; y++) pairs.add(members[x], members[y], bit);
    return true;
  }
  // A deterministic shuffle (by hashed index) so that the circulant's neighbours are unrelated items of the group.
  const order = members.slice().sort((p, q) => fmix32(p ^ 0x2545f491) - fmix32(q ^ 0x2545f491) || p - q);
  const offsets = new Set<number>();
  for (let j = 1; offsets.size < SPARSE_DEGREE / 2 && j < 4 * SPARSE_DEGREE; j++) offsets.add(1 + Math.floor(((j * GOLDEN) % 1) * (m - 1)));
  for (let x = 0; x < m; x++) for (const offset of offsets) pairs.add(order[x], order[(x + offset) % m], bit);
  return true;
}

/**
 * Near-identical texts as families: items sharing an LSH band are verified against the band's first item
 * (estimated Jaccard ≥ TEXT_FAMILY_THRESHOLD) and united. A family is then one more key of the inverted index.
 */
export function textFamilies(items: readonly ClusterItem[], bands?: readonly (ArrayLike<number> | undefined)[]): Int32Array {
  const sets = new UnionFind(items.length);
  const first = new Map<number, number>();
  const hasFamily = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const signature = items[i].minhash;
    if (signature.length === 0) continue;
    const keys = bands?.[i]?.length ? bands[i]! : lshBandKeys(signature);
    for (let k = 0; k < keys.length; k++) {
      const rep = first.get(keys[k]);
      if (rep === undefined) {
        first.set(keys[k], i);
        continue;
      }
      if (sets.find(i) === sets.find(rep)) continue;
      if (estimateJaccard(signature, items[rep].minhash) >= TEXT_FAMILY_THRESHOLD) {
        sets.union(i, rep);
        hasFamily[i] = 1;
        hasFamily[rep] = 1;
      }
    }
  }
  const family = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) if (hasFamily[i]) family[i] = sets.find(i);
  return family;
}

/**
 * All signals between items, from inverted indexes (group by key → pairs), never all pairs. Returns the merged
 * edges with a bit per shared signal, close_in_time added to pairs that already share a strong signal.
 */
export function extractSignals(items: readonly ClusterItem[], bands?: readonly (ArrayLike<number> | undefined)[]): SignalResult {
  const n = items.length;
  const pairs = new PairCollector(n, Math.max(1 << 16, n * 16));
  let stoppedKeys = 0;
  const textFamily = textFamilies(items, bands);
  const families = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const f = textFamily[i];
    if (f < 0) continue;
    const group = families.get(f);
    if (group) group.push(i);
    else families.set(f, [i]);
  }
  const textBit = bitIndex("near_identical_text");
  for (const members of families.values()) if (!emitGroup(pairs, members, textBit, n)) stoppedKeys++;

  for (const [signal, keysOf] of KEYED_SIGNALS) {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const keys = keysOf(items[i]);
      for (let k = 0; k < keys.length; k++) {
        const group = groups.get(keys[k]);
        if (group === undefined) groups.set(keys[k], [i]);
        else if (group[group.length - 1] !== i) group.push(i);
      }
    }
    const bit = bitIndex(signal);
    for (const members of groups.values()) if (!emitGroup(pairs, members, bit, n)) stoppedKeys++;
  }

  const pairsCollected = pairs.size;
  const edges = pairs.merge();
  const timeBit = SIGNAL_BIT.close_in_time;
  for (let e = 0; e < edges.count; e++) {
    if (!hasStrongSignal(edges.mask[e])) continue;
    const ta = items[edges.a[e]].firstSeenAt;
    const tb = items[edges.b[e]].firstSeenAt;
    if (ta !== null && tb !== null && Math.abs(ta - tb) <= TIME_WINDOW_MS) edges.mask[e] |= timeBit;
  }
  return { edges, textFamily, pairsCollected, stoppedKeys };
}
