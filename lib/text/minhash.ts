import { fmix32, murmur3Ints, murmur3Range, murmur3String, splitmix32 } from "./hash32";
import { needsWordSegmenter, normaliseForMatching, tokenise } from "./normalise";

// Stored in items.text_minhash / items.lsh_bands: changing any constant below (or the hashing) invalidates every
// stored signature. The golden values in minhash.test.ts exist to make such a change loud.
export const MINHASH_SIZE = 128;
export const LSH_BANDS = 32;
export const LSH_ROWS = 4;
/** Estimated Jaccard from which two texts count as near-identical (see the S-curve note in lsh-index.ts). */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

const TOKEN_SEED = 0x5157_1e01;
const GRAM_SEED = 0x5157_1e02;
const BAND_SEED = 0x5157_1e03;
/** Below this many words, word pairs are too few to estimate anything: character 4-grams are used instead. */
const MIN_WORDS_FOR_SHINGLES = 4;
const CHAR_GRAM = 4;

// "One hash + k xors": each shingle is hashed once, then hash function i is fmix32(h ^ MASKS[i]). fmix32 is a
// bijection with full avalanche, so every mask gives a different pseudo-random permutation of the 32-bit space,
// at two multiplications per function instead of a full string hash.
const MASKS: Int32Array = (() => {
  const next = splitmix32(0x51_6e_11_4e);
  return Int32Array.from({ length: MINHASH_SIZE }, () => next() | 0);
})();

// Order-sensitive combination of two word hashes: "a b" and "b a" are different shingles.
const shingleOf = (a: number, b: number) => fmix32((Math.imul(a, 0x9e3779b1) + ((b << 7) | (b >>> 25))) | 0);

function wordShingles(wordHashes: ArrayLike<number>, words: number): Int32Array {
  const out = new Int32Array(words - 1);
  for (let i = 0; i < out.length; i++) out[i] = shingleOf(wordHashes[i], wordHashes[i + 1]);
  return out;
}

function charGrams(text: string): Int32Array {
  if (text.length === 0) return new Int32Array(0);
  if (text.length <= CHAR_GRAM) return Int32Array.of(murmur3String(text, GRAM_SEED));
  const out = new Int32Array(text.length - CHAR_GRAM + 1);
  for (let i = 0; i < out.length; i++) out[i] = murmur3Range(text, i, i + CHAR_GRAM, GRAM_SEED);
  return out;
}

/** int32 hashes of the words' 2-shingles, or of their character 4-grams for texts under four words. */
export function shingleHashes(tokens: readonly string[]): Int32Array {
  if (tokens.length < MIN_WORDS_FOR_SHINGLES) return charGrams(tokens.join(" "));
  return wordShingles(tokens.map((token) => murmur3String(token, TOKEN_SEED)), tokens.length);
}

/**
 * shingleHashes(tokenise(normalised)), hashing words in place: normalised text separates words by single spaces,
 * so no token strings are allocated on the common path (a fifth of the signature cost otherwise).
 */
export function shingleHashesOfNormalised(normalised: string): Int32Array {
  if (needsWordSegmenter(normalised)) return shingleHashes(tokenise(normalised));
  const wordHashes: number[] = [];
  let start = 0;
  for (let i = 0; i <= normalised.length; i++) {
    if (i < normalised.length && normalised.charCodeAt(i) !== 0x20) continue;
    if (i > start) wordHashes.push(murmur3Range(normalised, start, i, TOKEN_SEED));
    start = i + 1;
  }
  if (wordHashes.length < MIN_WORDS_FOR_SHINGLES) return charGrams(normalised);
  return wordShingles(wordHashes, wordHashes.length);
}

/** MinHash over precomputed shingle hashes; empty input gives an empty signature. */
export function minhashOfShingles(shingles: Int32Array): Int32Array {
  if (shingles.length === 0) return new Int32Array(0);
  const signature = new Int32Array(MINHASH_SIZE);
  const count = shingles.length;
  // Four hash functions per pass over the shingles: four independent dependency chains keep the CPU's pipelines
  // busy and the minima in registers (35 % faster than one at a time, same values). MINHASH_SIZE is a multiple of 4.
  // Signed comparison is fine: any fixed total order on a random permutation yields a valid MinHash.
  for (let i = 0; i < MINHASH_SIZE; i += 4) {
    const m0 = MASKS[i], m1 = MASKS[i + 1], m2 = MASKS[i + 2], m3 = MASKS[i + 3];
    let min0 = 0x7fffffff, min1 = min0, min2 = min0, min3 = min0;
    for (let s = 0; s < count; s++) {
      const h = shingles[s];
      const v0 = fmix32(h ^ m0), v1 = fmix32(h ^ m1), v2 = fmix32(h ^ m2), v3 = fmix32(h ^ m3);
      if (v0 < min0) min0 = v0;
      if (v1 < min1) min1 = v1;
      if (v2 < min2) min2 = v2;
      if (v3 < min3) min3 = v3;
    }
    signature[i] = min0;
    signature[i + 1] = min1;
    signature[i + 2] = min2;
    signature[i + 3] = min3;
  }
  return signature;
}

/** 128 signed int32 values ready for an int4[] column; [] for text with no words. */
export function minhashSignature(text: string): number[] {
  return Array.from(minhashOfShingles(shingleHashesOfNormalised(normaliseForMatching(text))));
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.length !== b.length) throw new RangeError(`Signatures differ in length: ${a.length} vs ${b.length}`);
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * One int32 key per band (32 bands × 4 rows) for items.lsh_bands. The band index is hashed in, so equal rows in
 * different bands never collide; candidate lookup in SQL is `lsh_bands && $keys` on the GIN index.
 */
export function lshBandKeys(signature: ArrayLike<number>): number[] {
  if (signature.length === 0) return [];
  if (signature.length !== MINHASH_SIZE) throw new RangeError(`Expected ${MINHASH_SIZE} values, got ${signature.length}`);
  const keys: number[] = new Array<number>(LSH_BANDS);
  for (let band = 0; band < LSH_BANDS; band++) {
    keys[band] = murmur3Ints(signature, band * LSH_ROWS, LSH_ROWS, BAND_SEED + band);
  }
  return keys;
}
