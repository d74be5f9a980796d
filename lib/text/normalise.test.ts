import { describe, expect, it } from "vitest";
import { foldHomoglyphs } from "./homoglyphs";
import { matchingTokens, normaliseForMatching, tokenise } from "./normalise";

const CASES: ReadonlyArray<readonly [string, string]> = [
  ["Hello, World!", "hello world"],
  ["  many   spaces\n\tand\r\nlines  ", "many spaces and lines"],
  ["Ｆａｋｅ ＮＥＷＳ", "fake news"],
  ["ﬁnal ﬂag", "final flag"],
  ["café naïve résumé", "cafe naive resume"],
  ["Łódź — Zażółć GĘŚLĄ jaźń!", "lodz zazolc gesla jazn"],
  ["Straße Ærø Œuvre", "strasse aero oeuvre"],
  ["Ёлка и ель", "елка и ель"],
  ["Read this https://example.com/a?b=1 now", "read this now"],
  ["see www.example.com/page and hxxps://evil[.]com/x", "see and"],
  ["@user_1 said: hi @other.name", "said hi"],
  ["mail john@example.com", "mail john example com"],
  // й loses its breve like any other diacritic: matching only, and copies may be typed either way.
  ["#StopTheWar #Фейк", "stopthewar феик"],
  ["Macron's “speech” — (fake)…", "macron s speech fake"],
  ["Ελληνικά: Η ΑΛΗΘΕΙΑ!", "ελληνικα η αληθεια"],
  ["Українська правда: їжак", "украінська правда іжак"],
  ["", ""],
  ["!!! ... ???", ""],
];

describe("normaliseForMatching", () => {
  it.each(CASES)("%j → %j", (input, expected) => {
    expect(normaliseForMatching(input)).toBe(expected);
  });

  it("folds Cyrillic lookalikes inside Latin text to Latin", () => {
    // "Неllо wоrld" with Cyrillic е, о, о: reads the same, must match the Latin text.
    expect(normaliseForMatching("H\u0435ll\u043e w\u043erld")).toBe("hello world");
  });

  it("folds Latin lookalikes inside Cyrillic text to Cyrillic", () => {
    expect(normaliseForMatching("пpивeт миp")).toBe(normaliseForMatching("привет мир"));
  });

  it("folds a lone lookalike word into the dominant script", () => {
    // Cyrillic "а" and "о" standing alone in English text.
    expect(normaliseForMatching("this is \u0430 test \u043e of folding")).toBe("this is a test o of folding");
  });

  it("leaves genuine words of another script alone, whatever the dominant script", () => {
    expect(normaliseForMatching("Putin said: «Путин — это сила» in the clip today")).toBe(
      "putin said путин это сила in the clip today",
    );
  });

  it("leaves pure-script text of either script alone", () => {
    expect(foldHomoglyphs("привет мир")).toBe("привет мир");
    expect(foldHomoglyphs("hello world")).toBe("hello world");
    expect(foldHomoglyphs("αληθεια")).toBe("αληθεια");
  });

  it("folds Greek lookalikes in Latin text", () => {
    expect(normaliseForMatching("Hell\u03bf w\u03bfrld")).toBe("hello world");
  });

  it("keeps Indic vowel signs, which are marks but not diacritics", () => {
    expect(normaliseForMatching("नमस्ते दुनिया")).toBe("नमस्ते दुनिया");
  });

  it("is idempotent", () => {
    for (const [input] of CASES) {
      const once = normaliseForMatching(input);
      expect(normaliseForMatching(once)).toBe(once);
    }
  });
});

describe("tokenise", () => {
  it("splits Latin, Cyrillic and Greek on spaces", () => {
    expect(matchingTokens("Putin’s troops — Путин: войска! Η αλήθεια.")).toEqual([
      "putin", "s", "troops", "путин", "воиска", "η", "αληθεια",
    ]);
  });

  it("segments scripts written without spaces", () => {
    expect(tokenise(normaliseForMatching("我们今天去公园"))).toEqual(["我们", "今天", "去", "公园"]);
  });

  it("returns no tokens for empty text", () => {
    expect(tokenise("")).toEqual([]);
    expect(matchingTokens("   ...  ")).toEqual([]);
  });
});
