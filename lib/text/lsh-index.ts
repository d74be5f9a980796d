import { estimateJaccard, LSH_BANDS, LSH_ROWS, lshBandKeys, NEAR_DUPLICATE_THRESHOLD } from "./minhash";

/*
 * The S-curve. Two texts whose shingle sets have Jaccard similarity s agree on one band (4 rows) with probability
 * s^4, so they share at least one of 32 bands — become candidates — with probability P(s) = 1 - (1 - s^4)^32:
 *
 *   s     0.2    0.3    0.38   0.42   0.5    0.6    0.7      0.8
 *   P(s)  0.05   0.23   0.49   0.64   0.87   0.988  0.9998   ≈1
 *
 * The curve's midpoint (P = 0.5) is s ≈ 0.383; (1/32)^(1/4) ≈ 0.42 is the usual rule-of-thumb threshold, where P ≈ 0.64.
 * Candidates are then verified on the estimated Jaccard of the full 128-value signature (standard error
 * √(s(1-s)/128) ≈ 0.044 at s = 0.5). Recommended: estimated Jaccard ≥ 0.5 means "near-identical" — a one-word edit
 * in a 30-word text keeps s ≈ 0.87, while unrelated texts on one topic stay below 0.1. Pairs at s ≥ 0.6 are found
 * ≥ 98.8 % of the time; between 0.5 and 0.6 some are missed, which is the price of a cheap index.
 */

/** Probability that two texts at Jaccard `s` share at least one LSH band. */
export function lshCandidateProbability(s: number, bands = LSH_BANDS, rows = LSH_ROWS): number {
  return 1 - (1 - s ** rows) ** bands;
}

export interface SimilarItem<Id> {
  id: Id;
  /** Estimated Jaccard similarity from the MinHash signatures. */
  similarity: number;
}

/** In-memory LSH over MinHash signatures, for batch clustering where a database round trip per item is too slow. */
export class LshIndex<Id> {
  private readonly buckets = new Map<number, Id[]>();
  private readonly signatures = new Map<Id, ArrayLike<number>>();

  get size(): number {
    return this.signatures.size;
  }

  add(id: Id, signature: ArrayLike<number>): void {
    if (this.signatures.has(id)) throw new Error(`LshIndex already holds ${String(id)}`);
    this.signatures.set(id, signature);
    for (const key of lshBandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [id]);
      else bucket.push(id);
    }
  }

  /** Ids sharing at least one band with the signature, unverified. */
  candidates(signature: ArrayLike<number>): Id[] {
    const found = new Set<Id>();
    for (const key of lshBandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket !== undefined) for (const id of bucket) found.add(id);
    }
    return [...found];
  }

  /** Candidates whose estimated Jaccard reaches the threshold, most similar first. */
  query(signature: ArrayLike<number>, threshold = NEAR_DUPLICATE_THRESHOLD): SimilarItem<Id>[] {
    const matches: SimilarItem<Id>[] = [];
    for (const id of this.candidates(signature)) {
      const stored = this.signatures.get(id);
      if (stored === undefined) continue;
      const similarity = estimateJaccard(signature, stored);
      if (similarity >= threshold) matches.push({ id, similarity });
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }
}
