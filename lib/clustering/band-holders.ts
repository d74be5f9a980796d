import { fmix32 } from "../text/hash32";

/**
 * For every LSH band key occurrence (keys of item 0, then item 1, …), the item that first held the same key, or -1
 * for that first occurrence itself: what a first-holder hash table filled in item order answers, without one.
 *
 * At 100k items there are 3.2M occurrences; one table over all of them (tens of MB) made every probe a cache miss
 * (~0.3 s). Here the occurrences are first partitioned by the top bits of their hashed key into 256 buckets (a
 * stable counting scatter: sequential reads, a few hundred write streams), then each bucket (~12.5k occurrences)
 * is resolved with a small table that stays in L2. The partition is stable, so within a bucket occurrences keep
 * their order and the first one seen is the first holder, exactly as before.
 */
const PARTITION_BITS = 8;

export function bandFirstHolders(keys: Int32Array, itemOf: Int32Array, length: number): Int32Array {
  const buckets = 1 << PARTITION_BITS;
  const shift = 32 - PARTITION_BITS;
  // fmix32 is a bijection on 32 bits: equal hashes ⇔ equal keys, so only the hash is carried.
  const hashes = new Int32Array(length);
  const start = new Int32Array(buckets + 1);
  for (let o = 0; o < length; o++) {
    const h = fmix32(keys[o]);
    hashes[o] = h;
    start[(h >>> shift) + 1]++;
  }
  let largest = 0;
  for (let b = 0; b < buckets; b++) {
    largest = Math.max(largest, start[b + 1]);
    start[b + 1] += start[b];
  }
  const fill = start.slice(0, buckets);
  const partHash = new Int32Array(length);
  const partOcc = new Int32Array(length);
  const partItem = new Int32Array(length);
  for (let o = 0; o < length; o++) {
    const at = fill[hashes[o] >>> shift]++;
    partHash[at] = hashes[o];
    partOcc[at] = o;
    partItem[at] = itemOf[o];
  }

  let capacity = 16;
  while (capacity < largest * 2) capacity <<= 1;
  const slotHash = new Int32Array(capacity);
  const slotHolder = new Int32Array(capacity);
  const holderOf = new Int32Array(length);
  for (let b = 0; b < buckets; b++) {
    const from = start[b];
    const to = start[b + 1];
    if (from === to) continue;
    let size = 16;
    while (size < (to - from) * 2) size <<= 1;
    const mask = size - 1;
    slotHolder.fill(-1, 0, size);
    for (let k = from; k < to; k++) {
      const h = partHash[k];
      const occurrence = partOcc[k];
      // The low bits: the top ones are the bucket's, the same for every key here.
      let slot = h & mask;
      for (;;) {
        const holder = slotHolder[slot];
        if (holder < 0) {
          slotHash[slot] = h;
          slotHolder[slot] = partItem[k];
          holderOf[occurrence] = -1;
          break;
        }
        if (slotHash[slot] === h) {
          holderOf[occurrence] = holder;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  return holderOf;
}
