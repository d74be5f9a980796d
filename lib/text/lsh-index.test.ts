import { describe, expect, it } from "vitest";
import { LshIndex, lshCandidateProbability } from "./lsh-index";
import { minhashSignature } from "./minhash";

const TEXTS = {
  original: "The King's College professor says Macron is a coward who will drag France into war with Russia next year",
  copy: "The King's College professor says Macron is a coward who will drag France into a war with Russia next year!",
  unrelated: "Farmers in Bavaria protest against new diesel taxes while the government debates the budget in Berlin",
};

describe("lshCandidateProbability", () => {
  it("follows the S-curve 1-(1-s^4)^32", () => {
    expect(lshCandidateProbability(0.383)).toBeCloseTo(0.5, 2);
    expect(lshCandidateProbability(0.42)).toBeCloseTo(0.636, 3);
    expect(lshCandidateProbability(0.5)).toBeCloseTo(0.873, 3);
    expect(lshCandidateProbability(0.8)).toBeGreaterThan(0.9999);
    expect(lshCandidateProbability(0.1)).toBeLessThan(0.01);
  });
});

describe("LshIndex", () => {
  const index = new LshIndex<string>();
  for (const [id, text] of Object.entries(TEXTS)) index.add(id, minhashSignature(text));

  it("finds a near-identical copy and the item itself, most similar first", () => {
    const matches = index.query(minhashSignature(TEXTS.original));
    expect(matches.map((match) => match.id)).toEqual(["original", "copy"]);
    expect(matches[0].similarity).toBe(1);
    expect(matches[1].similarity).toBeGreaterThanOrEqual(0.5);
  });

  it("does not return unrelated items", () => {
    expect(index.candidates(minhashSignature(TEXTS.unrelated))).toEqual(["unrelated"]);
    expect(index.query(minhashSignature("Completely different words about football and the weather in Lisbon"))).toEqual([]);
  });

  it("applies the threshold to candidates", () => {
    expect(index.query(minhashSignature(TEXTS.original), 1).map((match) => match.id)).toEqual(["original"]);
  });

  it("counts items and refuses duplicate ids", () => {
    expect(index.size).toBe(3);
    expect(() => index.add("copy", minhashSignature(TEXTS.copy))).toThrow(/already/);
  });

  it("ignores items without a signature", () => {
    const empty = new LshIndex<number>();
    empty.add(1, []);
    expect(empty.query([])).toEqual([]);
  });
});
