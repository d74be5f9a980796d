import { describe, expect, it } from "vitest";
import { minhashSignature } from "../text/minhash";
import { nearDuplicatePairs } from "./near-duplicates";

const BASE = "the professor says the president is a clown and must resign at once according to this video clip";

describe("nearDuplicatePairs", () => {
  it("pairs near-identical texts and leaves unrelated ones alone", () => {
    const items = [
      { id: "a", minhash: minhashSignature(BASE) },
      { id: "b", minhash: minhashSignature(`${BASE} today`) },
      { id: "c", minhash: minhashSignature("completely different words about trains and weather in a northern city") },
      { id: "d", minhash: [] },
    ];
    const pairs = nearDuplicatePairs(items);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: "a", b: "b" });
    expect(pairs[0].similarity).toBeGreaterThan(0.7);
  });

  it("stays linear on a big family of copies: at most perItem pairs per item", () => {
    const family = Array.from({ length: 3000 }, (_, i) => ({ id: `i${String(i).padStart(5, "0")}`, minhash: minhashSignature(`${BASE} ${i % 3}`) }));
    const pairs = nearDuplicatePairs(family);
    expect(pairs.length).toBeLessThanOrEqual(2 * family.length);
    expect(pairs.length).toBeGreaterThan(family.length);
    expect(new Set(pairs.map((p) => `${p.a}|${p.b}`)).size).toBe(pairs.length);
  });
});
