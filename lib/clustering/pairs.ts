/**
 * Pairs (i, j, signal) collected into one Float64Array and merged by a native sort: an item graph of millions of
 * candidate pairs without a Map entry per pair (a Map of 5M non-Smi keys costs seconds and hundreds of MB).
 * key = ((lo · n) + hi) · 16 + bit index, below 2⁵³ for n up to ~2.3M items.
 */
export class PairCollector {
  private keys: Float64Array;
  private length = 0;

  constructor(private readonly n: number, initial = 1 << 16) {
    this.keys = new Float64Array(initial);
  }

  get size(): number {
    return this.length;
  }

  add(i: number, j: number, bitIndex: number): void {
    if (i === j) return;
    const lo = i < j ? i : j;
    const hi = i < j ? j : i;
    if (this.length === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = (lo * this.n + hi) * 16 + bitIndex;
  }

  /** Distinct pairs with the OR of their signal bits. */
  merge(): Edges {
    const keys = this.keys.subarray(0, this.length).sort();
    const a = new Int32Array(this.length);
    const b = new Int32Array(this.length);
    const mask = new Int32Array(this.length);
    let count = 0;
    let previous = -1;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const pair = Math.floor(key / 16);
      const bit = 1 << (key - pair * 16);
      if (pair !== previous) {
        previous = pair;
        a[count] = Math.floor(pair / this.n);
        b[count] = pair - a[count] * this.n;
        mask[count++] = bit;
      } else {
        mask[count - 1] |= bit;
      }
    }
    return { a: a.subarray(0, count), b: b.subarray(0, count), mask: mask.subarray(0, count), count };
  }
}

export interface Edges {
  a: Int32Array;
  b: Int32Array;
  mask: Int32Array;
  count: number;
}
