/**
 * Pairs (i, j, signal) collected into two Int32Arrays and merged by a counting sort on the lower item: an item
 * graph of millions of candidate pairs without a Map entry per pair (a Map of 5M non-Smi keys costs seconds and
 * hundreds of MB), and without a comparison sort of all of them (a native sort of 2.9M float keys took 0.4–0.6 s
 * at 100k items; the buckets here hold a few dozen pairs each).
 */
export class PairCollector {
  private lo: Int32Array;
  /** hi · 128 + bit index · 8 + size class of the shared value: below 2³¹ for n below 2²⁴ items. */
  private code: Int32Array;
  private length = 0;

  constructor(private readonly n: number, initial = 1 << 16) {
    if (n >= 1 << 24) throw new RangeError(`PairCollector: ${n} items is more than it can encode`);
    this.lo = new Int32Array(initial);
    this.code = new Int32Array(initial);
  }

  get size(): number {
    return this.length;
  }

  /** sizeClass: 1 (rarest) … 7 (a value held by 128 items or more), see model.ts. */
  add(i: number, j: number, bitIndex: number, sizeClass = 1): void {
    if (i === j) return;
    if (this.length === this.lo.length) this.grow();
    this.lo[this.length] = i < j ? i : j;
    this.code[this.length++] = (i < j ? j : i) * 128 + bitIndex * 8 + sizeClass;
  }

  private grow() {
    const lo = new Int32Array(this.lo.length * 2);
    lo.set(this.lo);
    this.lo = lo;
    const code = new Int32Array(this.code.length * 2);
    code.set(this.code);
    this.code = code;
  }

  /**
   * Distinct pairs with the OR of their signal bits, ordered by (a, b), each with the summed weights of its rarest
   * shared value per signal (tables.keyWeight[bit · 8 + class]) and a bonus per signal with two or more shared
   * values; with `keepClasses`, the rarest class per signal too (the fit's features).
   */
  merge(tables: { keyWeight: Float64Array; multiWeight: Float64Array }, keepClasses = false): Edges {
    const { n, length } = this;
    const start = new Int32Array(n + 1);
    for (let k = 0; k < length; k++) start[this.lo[k] + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const sorted = new Int32Array(length);
    const fill = start.slice(0, n);
    for (let k = 0; k < length; k++) sorted[fill[this.lo[k]]++] = this.code[k];
    const a = new Int32Array(length);
    const b = new Int32Array(length);
    const mask = new Int32Array(length);
    const multi = new Int32Array(length);
    const logit = new Float64Array(length);
    const classes = keepClasses ? new Uint8Array(length * 16) : null;
    const { keyWeight, multiWeight } = tables;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const from = start[i];
      const to = start[i + 1];
      if (to - from > 48) sorted.subarray(from, to).sort();
      else insertionSort(sorted, from, to);
      let previous = -1;
      for (let k = from; k < to; k++) {
        const hi = sorted[k] >> 7;
        const bitIndex = (sorted[k] >> 3) & 15;
        const bit = 1 << bitIndex;
        if (hi !== previous) {
          previous = hi;
          a[count] = i;
          b[count] = hi;
          mask[count] = 0;
          count++;
        }
        const e = count - 1;
        // Codes of one pair and signal are adjacent and ascending by class: the first is the rarest value.
        if (mask[e] & bit) {
          if (!(multi[e] & bit)) {
            multi[e] |= bit;
            logit[e] += multiWeight[bitIndex];
          }
        } else {
          mask[e] |= bit;
          logit[e] += keyWeight[bitIndex * 8 + (sorted[k] & 7)];
          if (classes) classes[e * 16 + bitIndex] = sorted[k] & 7;
        }
      }
    }
    return {
      a: a.subarray(0, count), b: b.subarray(0, count), mask: mask.subarray(0, count), multi: multi.subarray(0, count),
      logit: logit.subarray(0, count), classes: classes?.subarray(0, count * 16) ?? null, count,
    };
  }
}

/** Buckets hold a few dozen codes: sorting them in place beats a typed-array view and a native call per bucket. */
function insertionSort(values: Int32Array, from: number, to: number) {
  for (let k = from + 1; k < to; k++) {
    const v = values[k];
    let j = k - 1;
    while (j >= from && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

export interface Edges {
  a: Int32Array;
  b: Int32Array;
  mask: Int32Array;
  /** Signals with two or more shared values. */
  multi: Int32Array;
  /** Sum of the model's weights for the shared values (no bias, no time term yet). */
  logit: Float64Array;
  /** Rarest size class per signal (16 per edge), only when asked for (the fit). */
  classes: Uint8Array | null;
  count: number;
}
