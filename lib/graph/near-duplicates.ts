import { LshIndex } from "../text/lsh-index";
import { MINHASH_SIZE, NEAR_DUPLICATE_THRESHOLD } from "../text/minhash";

export interface NearDuplicatePair {
  a: string;
  b: string;
  /** Estimated Jaccard similarity of the two texts. */
  similarity: number;
}

/**
 * Near-duplicate pairs among the given items from their stored MinHash signatures: candidates share an LSH band,
 * pairs are kept at an estimated Jaccard ≥ threshold, and each item keeps only its `perItem` closest matches so a
 * hundred copies of one text draw a readable star-ish cluster instead of 4,950 edges.
 */
export function nearDuplicatePairs(
  items: readonly { id: string; minhash: readonly number[] }[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  perItem = 3,
): NearDuplicatePair[] {
  const index = new LshIndex<string>();
  const signed = items.filter((item) => item.minhash.length === MINHASH_SIZE);
  for (const item of signed) index.add(item.id, item.minhash);
  const pairs = new Map<string, NearDuplicatePair>();
  for (const item of signed) {
    const matches = index.query(item.minhash, threshold).filter((m) => m.id !== item.id);
    matches.sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1));
    for (const match of matches.slice(0, perItem)) {
      const [a, b] = item.id < match.id ? [item.id, match.id] : [match.id, item.id];
      const key = `${a}|${b}`;
      if (!pairs.has(key)) pairs.set(key, { a, b, similarity: Math.round(match.similarity * 1000) / 1000 });
    }
  }
  return [...pairs.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}
