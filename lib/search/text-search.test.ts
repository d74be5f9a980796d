import { describe, expect, it } from "vitest";
import { prefixTsquery } from "./text-search";

describe("prefixTsquery", () => {
  it("ANDs the words and makes the last one a prefix", () => {
    expect(prefixTsquery("Emmanuel Macr")).toBe("'emmanuel' & 'macr':*");
    expect(prefixTsquery("Выбор")).toBe("'выбор':*");
  });

  it("keeps only letters and digits, so no input is read as tsquery syntax", () => {
    expect(prefixTsquery("a'b & c|!d:*(e) fgh")).toBe("'a' & 'b' & 'c' & 'd' & 'e' & 'fgh':*");
    expect(prefixTsquery("x.com/i/status/1790")).toBe("'x' & 'com' & 'i' & 'status' & '1790':*");
  });

  it("is left out for websearch syntax, short last words and trailing punctuation", () => {
    expect(prefixTsquery('"alan read"')).toBeNull();
    expect(prefixTsquery("macron -read")).toBeNull();
    expect(prefixTsquery("macron or read")).toBeNull();
    expect(prefixTsquery("alan re")).toBeNull();
    expect(prefixTsquery("macron!")).toBeNull();
    expect(prefixTsquery("%%%")).toBeNull();
  });
});
