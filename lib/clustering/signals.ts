import { fmix32 } from "../text/hash32";
import { estimateJaccard, LSH_BANDS, lshBandKeys, MINHASH_SIZE } from "../text/minhash";
import { bandFirstHolders } from "./band-holders";
import { PairCollector, type Edges } from "./pairs";
import type { ClusterItem, SignalName } from "./types";
import { UnionFind } from "./union-find";
import { coordinatedGroups, type CoordinatedGroups } from "./coordination";
import { flatTables, MODEL, sizeClass, timeClass, type EdgeModel } from "./model";
import { CLIQUE_CAP, TEXT_FAMILY_THRESHOLD, SIGNAL_BIT, SIGNAL_ORDER, SPARSE_DEGREE, STOP_SHARE, TIME_WINDOW_DAYS } from "./weights";

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
  ["mentioned_org", (item: ClusterItem) => item.mentions],
  ["shared_hashtag", (item: ClusterItem) => item.hashtags],
] as const satisfies readonly (readonly [SignalName, (item: ClusterItem) => readonly string[]])[];

export interface SignalResult {
  edges: Edges;
  /** Near-duplicate family of each item (its union-find root), -1 when it has none. */
  textFamily: Int32Array;
  pairsCollected: number;
  stoppedKeys: number;
  /** Time class of each edge (model.ts TIME_CLASSES). */
  timeClass: Uint8Array;
  /** Groups of accounts that act together, and each item's group keys. */
  coordination: CoordinatedGroups;
}

const bitIndex = (signal: SignalName) => SIGNAL_ORDER.indexOf(signal);
const TIME_WINDOW_MS = TIME_WINDOW_DAYS * 86_400_000;
const GOLDEN = 0.6180339887498949;

/**
 * Emits the pairs of one key group. Small groups give every pair; big ones a sparse expander (see CLIQUE_CAP in
 * weights.ts); groups that cover a large share of all items are not distinctive and give nothing.
 */
function emitGroup(pairs: PairCollector, members: Int32Array, bit: number, total: number): boolean {
  const m = members.length;
  if (m < 2) return true;
  if (m > CLIQUE_CAP && m > STOP_SHARE * total) return false;
  const cls = sizeClass(m, total);
  if (m <= CLIQUE_CAP) {
    for (let x = 0; x < m; x++) for (let y = x + 1; y < m; y++) pairs.add(members[x], members[y], bit, cls);
    return true;
  }
  // A deterministic shuffle (by hashed index) so that the circulant's neighbours are unrelated items of the group.
  const order = members.slice().sort((p, q) => fmix32(p ^ 0x2545f491) - fmix32(q ^ 0x2545f491) || p - q);
  const offsets = new Set<number>();
  for (let j = 1; offsets.size < SPARSE_DEGREE / 2 && j < 4 * SPARSE_DEGREE; j++) offsets.add(1 + Math.floor(((j * GOLDEN) % 1) * (m - 1)));
  for (let x = 0; x < m; x++) for (const offset of offsets) pairs.add(order[x], order[(x + offset) % m], bit, cls);
  return true;
}

/**
 * Groups given as (key id, item) occurrences in item order → members of each key, ascending, an item once per key
 * (a counting sort into one Int32Array: no array per key, which at 100k items was most of the garbage).
 * Keys come out in order of first occurrence, as a Map's insertion order would give them.
 */
function groupMembers(keyOf: Int32Array, itemOf: Int32Array, length: number, keys: number): { offsets: Int32Array; members: Int32Array } {
  const offsets = new Int32Array(keys + 1);
  const last = new Int32Array(keys).fill(-1);
  for (let o = 0; o < length; o++) {
    const k = keyOf[o];
    if (last[k] === itemOf[o]) continue;
    last[k] = itemOf[o];
    offsets[k + 1]++;
  }
  for (let k = 0; k < keys; k++) offsets[k + 1] += offsets[k];
  const members = new Int32Array(offsets[keys]);
  const fill = offsets.slice(0, keys);
  last.fill(-1);
  for (let o = 0; o < length; o++) {
    const k = keyOf[o];
    if (last[k] === itemOf[o]) continue;
    last[k] = itemOf[o];
    members[fill[k]++] = itemOf[o];
  }
  return { offsets, members };
}

function emitGroups(pairs: PairCollector, grouped: { offsets: Int32Array; members: Int32Array }, bit: number, total: number): number {
  let stopped = 0;
  const { offsets, members } = grouped;
  for (let k = 0; k + 1 < offsets.length; k++) {
    if (!emitGroup(pairs, members.subarray(offsets[k], offsets[k + 1]), bit, total)) stopped++;
  }
  return stopped;
}

/**
 * Signatures of MINHASH_SIZE packed into one Int32Array, so comparing two reads 512 contiguous bytes instead of
 * chasing an item object and a boxed array: the comparisons were memory-bound (about 2 µs each at 100k items).
 * Other lengths (none in practice) keep the generic estimateJaccard.
 */
function packSignatures(items: readonly ClusterItem[]) {
  const packed = new Int32Array(items.length * MINHASH_SIZE);
  const isPacked = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const signature = items[i].minhash;
    if (signature.length !== MINHASH_SIZE) continue;
    isPacked[i] = 1;
    for (let p = 0, at = i * MINHASH_SIZE; p < MINHASH_SIZE; p++) packed[at + p] = signature[p];
  }
  // estimateJaccard ≥ threshold ⇔ at most `allowed` positions differ; stop as soon as more do (most checks are
  // between texts that share a band or two and little else).
  const allowed = MINHASH_SIZE - Math.ceil(TEXT_FAMILY_THRESHOLD * MINHASH_SIZE);
  return (x: number, y: number): boolean => {
    if (!isPacked[x] || !isPacked[y]) return estimateJaccard(items[x].minhash, items[y].minhash) >= TEXT_FAMILY_THRESHOLD;
    let differ = 0;
    for (let p = x * MINHASH_SIZE, q = y * MINHASH_SIZE, end = p + MINHASH_SIZE; p < end; p++, q++) {
      if (packed[p] !== packed[q] && ++differ > allowed) return false;
    }
    return true;
  };
}

/**
 * Near-identical texts as families: items sharing an LSH band are verified against the band's first item
 * (estimated Jaccard ≥ TEXT_FAMILY_THRESHOLD) and united. A family is then one more key of the inverted index.
 */
export function textFamilies(items: readonly ClusterItem[], bands?: readonly (ArrayLike<number> | undefined)[]): Int32Array {
  const n = items.length;
  const { keyStart, holderOf } = bandHolders(items, bands);
  const sets = new UnionFind(n);
  const similar = packSignatures(items);
  const hasFamily = new Uint8Array(n);
  const failedReps = new Int32Array(LSH_BANDS);
  for (let i = 0; i < n; i++) {
    let failed = 0;
    for (let o = keyStart[i], end = keyStart[i + 1]; o < end; o++) {
      const rep = holderOf[o];
      if (rep < 0) continue;
      if (sets.find(i) === sets.find(rep)) continue;
      // The same pair fails the same check again: an item sharing several bands with one dissimilar text is
      // compared with it once, not once per band.
      let seen = false;
      for (let f = 0; f < failed && !seen; f++) seen = failedReps[f] === rep;
      if (seen) continue;
      if (similar(i, rep)) {
        sets.union(i, rep);
        hasFamily[i] = 1;
        hasFamily[rep] = 1;
      } else {
        failedReps[failed++] = rep;
      }
    }
  }
  const family = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (hasFamily[i]) family[i] = sets.find(i);
  return family;
}

/**
 * Every item's band keys in one Int32Array (item i's at keyStart[i] … keyStart[i + 1]; none without text), with
 * the first holder of each (see band-holders.ts).
 */
function bandHolders(items: readonly ClusterItem[], bands?: readonly (ArrayLike<number> | undefined)[]) {
  const n = items.length;
  const keyStart = new Int32Array(n + 1);
  let keys = new Int32Array(n * LSH_BANDS);
  let itemOf = new Int32Array(keys.length);
  let length = 0;
  for (let i = 0; i < n; i++) {
    keyStart[i] = length;
    const signature = items[i].minhash;
    if (signature.length === 0) continue;
    const own = bands?.[i]?.length ? bands[i]! : lshBandKeys(signature);
    if (length + own.length > keys.length) {
      const grownKeys = new Int32Array(2 * (length + own.length));
      grownKeys.set(keys);
      keys = grownKeys;
      const grownItems = new Int32Array(grownKeys.length);
      grownItems.set(itemOf);
      itemOf = grownItems;
    }
    for (let k = 0; k < own.length; k++) {
      keys[length] = own[k];
      itemOf[length++] = i;
    }
  }
  keyStart[n] = length;
  return { keyStart, holderOf: bandFirstHolders(keys, itemOf, length) };
}

/** Families as key groups: each root gets a key id in order of its first member. */
function familyGroups(textFamily: Int32Array) {
  const n = textFamily.length;
  const idOfRoot = new Int32Array(n).fill(-1);
  const keyOf = new Int32Array(n);
  const itemOf = new Int32Array(n);
  let length = 0;
  let keys = 0;
  for (let i = 0; i < n; i++) {
    const root = textFamily[i];
    if (root < 0) continue;
    if (idOfRoot[root] < 0) idOfRoot[root] = keys++;
    keyOf[length] = idOfRoot[root];
    itemOf[length++] = i;
  }
  return groupMembers(keyOf, itemOf, length, keys);
}

/** One attribute's keys as integer ids (strings interned once), with their occurrences in item order. */
function keyedGroups(items: readonly ClusterItem[], keysOf: (item: ClusterItem) => readonly string[]) {
  const ids = new Map<string, number>();
  let keyOf = new Int32Array(Math.max(16, items.length));
  let itemOf = new Int32Array(keyOf.length);
  let length = 0;
  for (let i = 0; i < items.length; i++) {
    const keys = keysOf(items[i]);
    for (let k = 0; k < keys.length; k++) {
      let id = ids.get(keys[k]);
      if (id === undefined) ids.set(keys[k], (id = ids.size));
      if (length === keyOf.length) {
        const grownKeys = new Int32Array(length * 2);
        grownKeys.set(keyOf);
        keyOf = grownKeys;
        const grownItems = new Int32Array(length * 2);
        grownItems.set(itemOf);
        itemOf = grownItems;
      }
      keyOf[length] = id;
      itemOf[length++] = i;
    }
  }
  return groupMembers(keyOf, itemOf, length, ids.size);
}

/**
 * All signals between items, from inverted indexes (group by key → pairs), never all pairs. Returns the merged
 * edges with a bit per shared signal and their logit under `model` (rarity of each shared value + time term);
 * close_in_time is set on pairs first seen within TIME_WINDOW_DAYS (for reasons).
 */
export function extractSignals(
  items: readonly ClusterItem[], bands?: readonly (ArrayLike<number> | undefined)[], model: EdgeModel = MODEL, keepClasses = false,
): SignalResult {
  const n = items.length;
  const pairs = new PairCollector(n, Math.max(1 << 16, n * 16));
  const textFamily = textFamilies(items, bands);
  let stoppedKeys = emitGroups(pairs, familyGroups(textFamily), bitIndex("near_identical_text"), n);
  for (const [signal, keysOf] of KEYED_SIGNALS) stoppedKeys += emitGroups(pairs, keyedGroups(items, keysOf), bitIndex(signal), n);
  const coordination = coordinatedGroups(items, model.account);
  stoppedKeys += emitGroups(pairs, keyedGroups(items, (item) => coordination.keysOf(item)), bitIndex("coordinated_accounts"), n);

  const pairsCollected = pairs.size;
  const tables = flatTables(model, bitIndex);
  const edges = pairs.merge(tables, keepClasses);
  const timeBit = SIGNAL_BIT.close_in_time;
  // First sightings in one typed array (NaN: unknown): reading them from the item objects for each of millions of
  // edges was a cache miss per read.
  const firstSeen = new Float64Array(n);
  for (let i = 0; i < n; i++) firstSeen[i] = items[i].firstSeenAt ?? Number.NaN;
  const classes = new Uint8Array(edges.count);
  for (let e = 0; e < edges.count; e++) {
    const delta = firstSeen[edges.a[e]] - firstSeen[edges.b[e]];
    const c = timeClass(delta);
    classes[e] = c;
    edges.logit[e] += model.bias + tables.time[c];
    if (Math.abs(delta) <= TIME_WINDOW_MS) edges.mask[e] |= timeBit;
  }
  return { edges, textFamily, pairsCollected, stoppedKeys, timeClass: classes, coordination };
}
