import { describe, expect, it } from "vitest";
import { murmur3String, splitmix32 } from "./hash32";
import {
  estimateJaccard, lshBandKeys, minhashSignature, MINHASH_SIZE, LSH_BANDS, shingleHashes, shingleHashesOfNormalised,
} from "./minhash";
import { normaliseForMatching, tokenise } from "./normalise";

const BASE =
  "Brussels has secretly decided to send Polish soldiers to the front next spring, a leaked document shows, " +
  "and the government hides the plan from voters until after the elections, say sources close to the ministry";

function sharesBand(a: readonly number[], b: readonly number[]): boolean {
  const keys = new Set(lshBandKeys(a));
  return lshBandKeys(b).some((key) => keys.has(key));
}

function randomText(seed: number, words: number): string {
  const next = splitmix32(seed);
  // A small vocabulary of common words, so unrelated texts still share many words (the hard case).
  const vocabulary = BASE.toLowerCase().split(/\W+/).concat(["war", "eu", "nato", "ukraine", "vaccine", "farmers", "gas", "prices"]);
  return Array.from({ length: words }, () => vocabulary[next() % vocabulary.length]).join(" ");
}

describe("murmur3String", () => {
  it("matches reference MurmurHash3 x86_32 over UTF-16LE bytes", () => {
    expect(murmur3String("", 0)).toBe(0);
    expect(murmur3String("a", 0)).toBe(1867108634);
    expect(murmur3String("hello", 42)).toBe(-704922255);
    expect(murmur3String("привет мир", 1)).toBe(-744222822);
    expect(murmur3String("abc", 0x9747b28c)).toBe(-1647877314);
  });
});

describe("minhashSignature", () => {
  it("has 128 int32 values", () => {
    const signature = minhashSignature(BASE);
    expect(signature).toHaveLength(MINHASH_SIZE);
    for (const value of signature) expect(value === (value | 0)).toBe(true);
  });

  it("is pinned: golden values catch any change of seeds or hashing", () => {
    const signature = minhashSignature("A video shows Professor Alan Read insulting Emmanuel Macron; he never said it.");
    expect(signature.slice(0, 8)).toEqual([
      -1924574053, -1529398330, -2050970631, -1669918836, -2080502319, -1716400043, -2078391634, -1599789577,
    ]);
    expect(lshBandKeys(signature).slice(0, 4)).toEqual([627979180, 1030678887, -365834688, -1368995301]);
    expect(minhashSignature("fake").slice(0, 4)).toEqual([-814996255, -1133147351, -1512662463, -34640451]);
  });

  it("gives identical signatures and Jaccard 1 for identical text, and ignores case, links and punctuation", () => {
    const a = minhashSignature(BASE);
    expect(minhashSignature(BASE)).toEqual(a);
    expect(estimateJaccard(a, minhashSignature(`${BASE.toUpperCase()}!!! https://t.me/x/1 @amplifier`))).toBe(1);
  });

  it("keeps a one-word edit of a 30-word text near-identical and in a shared band", () => {
    const words = BASE.split(" ");
    expect(words.length).toBeGreaterThanOrEqual(30);
    words[12] = "Lithuanian";
    const edited = minhashSignature(words.join(" "));
    expect(estimateJaccard(minhashSignature(BASE), edited)).toBeGreaterThanOrEqual(0.8);
    expect(sharesBand(minhashSignature(BASE), edited)).toBe(true);
  });

  it("matches a homoglyph-poisoned copy", () => {
    const poisoned = BASE.replace(/a/g, "\u0430").replace(/o/g, "\u043e");
    expect(estimateJaccard(minhashSignature(BASE), minhashSignature(poisoned))).toBe(1);
  });

  it("keeps unrelated texts apart: low estimate and (almost always) no shared band", () => {
    let sharedBands = 0;
    for (let i = 0; i < 200; i++) {
      const a = minhashSignature(randomText(2 * i + 1, 30));
      const b = minhashSignature(randomText(2 * i + 2, 30));
      expect(estimateJaccard(a, b)).toBeLessThan(0.2);
      if (sharesBand(a, b)) sharedBands++;
    }
    expect(sharedBands).toBeLessThanOrEqual(2);
  });

  it("falls back to character 4-grams for texts under four words", () => {
    const a = minhashSignature("Macron resign now");
    expect(a).toHaveLength(MINHASH_SIZE);
    expect(estimateJaccard(a, minhashSignature("Macron resigns now"))).toBeGreaterThan(0.5);
    expect(estimateJaccard(a, minhashSignature("Scholz visits Kyiv"))).toBeLessThan(0.2);
  });

  it("returns an empty signature, no band keys and Jaccard 0 for text without words", () => {
    expect(minhashSignature("  ... !!! ")).toEqual([]);
    expect(lshBandKeys([])).toEqual([]);
    expect(estimateJaccard([], minhashSignature(BASE))).toBe(0);
  });
});

describe("estimateJaccard and lshBandKeys", () => {
  it("tracks the exact Jaccard of the shingle sets within sampling error", () => {
    // 40 distinct words → 39 shingles; keeping the first k words of b identical gives a known overlap.
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const other = words.map((word, i) => (i < 30 ? word : `x${i}`));
    const exact = 29 / (39 + 39 - 29);
    const estimate = estimateJaccard(minhashSignature(words.join(" ")), minhashSignature(other.join(" ")));
    expect(Math.abs(estimate - exact)).toBeLessThan(0.15);
  });

  it("keys each band with its index, so equal rows in different bands give different keys", () => {
    const constant = new Array<number>(MINHASH_SIZE).fill(7);
    expect(new Set(lshBandKeys(constant)).size).toBe(LSH_BANDS);
  });

  it("rejects signatures of the wrong length", () => {
    expect(() => estimateJaccard([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => lshBandKeys([1, 2, 3])).toThrow(RangeError);
  });
});

describe("shingleHashesOfNormalised", () => {
  it("equals shingleHashes of the tokens, for every path", () => {
    const texts = [BASE, "Macron resign now", "fake", "", "我们今天去公园 ελληνικα κειμενα", "пpивeт мир это правда"];
    for (const text of texts) {
      const normalised = normaliseForMatching(text);
      expect(shingleHashesOfNormalised(normalised)).toEqual(shingleHashes(tokenise(normalised)));
    }
  });
});
