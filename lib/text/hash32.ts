// Hashes must be identical in every process and version (signatures live in the database), so no Math.random,
// no engine string hashing: MurmurHash3 x86_32, written out.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3's finaliser: a bijection on 32 bits with full avalanche. Returns a signed int32. */
export function fmix32(input: number): number {
  let h = input ^ (input >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function mixBlock(h: number, block: number): number {
  let k = Math.imul(block, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  const mixed = h ^ k;
  return Math.imul((mixed << 13) | (mixed >>> 19), 5) + 0xe6546b64;
}

/**
 * MurmurHash3 x86_32 of the string's UTF-16LE bytes (two code units per 32-bit block), as a signed int32.
 * Equal to any reference murmur3 run over `Buffer.from(text, "utf16le")`.
 */
export function murmur3String(text: string, seed: number): number {
  return murmur3Range(text, 0, text.length, seed);
}

/** murmur3String of `text.slice(start, end)`, without allocating the slice (hot path of MinHash). */
export function murmur3Range(text: string, start: number, end: number, seed: number): number {
  let h = seed | 0;
  const length = end - start;
  const pairsEnd = start + (length & ~1);
  for (let i = start; i < pairsEnd; i += 2) h = mixBlock(h, text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
  if (length & 1) {
    let k = Math.imul(text.charCodeAt(end - 1), C1);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, C2);
  }
  return fmix32(h ^ (length * 2));
}

/** MurmurHash3 x86_32 of a sequence of int32 words (little-endian), as a signed int32. */
export function murmur3Ints(words: ArrayLike<number>, start: number, count: number, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < count; i++) h = mixBlock(h, words[start + i]);
  return fmix32(h ^ (count * 4));
}

/** splitmix32: a tiny deterministic PRNG, used only to derive fixed constants and synthetic benchmark data. */
export function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
