import { describe, expect, it } from "vitest";
import { CodeValidationError } from "./code-validation-error";
import { isLanguageTag, languageFromName, languageName, normaliseLanguageTag, parseLanguageTag } from "./languages";

const HOSTILE = ["en'; DROP TABLE items;--", "<script>", "en\u0000", "en US", "en-US\n", "constructor", "__proto__", "a-".repeat(500)];

describe("isLanguageTag", () => {
  it("accepts valid BCP 47 tags in any case", () => {
    for (const tag of ["pl", "en", "en-GB", "pt-BR", "PT-br", "zh-Hant-TW", "sr-Latn", "es-419", "yue", "de-CH-1996", "en-US-x-twain", "i-klingon"]) {
      expect(isLanguageTag(tag), tag).toBe(true);
    }
  });

  it("rejects ill-formed tags and unknown subtags", () => {
    for (const value of [
      "",
      "english", // well-formed (5–8 letters) but no such language
      "en-XX", // no such region
      "xx-YY",
      "xx",
      "en-Qqqq", // no such script
      "en-999", // not an M.49 area
      "pol", // BCP 47 uses the two-letter code
      "en_GB", // underscores are not BCP 47 (normaliseLanguageTag fixes them)
      "x-private",
      "en--GB",
      null,
      42,
      ...HOSTILE,
    ]) {
      expect(isLanguageTag(value), String(value)).toBe(false);
    }
  });
});

describe("normaliseLanguageTag", () => {
  it.each([
    ["pt-br", "pt-BR"],
    ["ZH-HANT-TW", "zh-Hant-TW"],
    ["en_gb", "en-GB"],
    [" pl ", "pl"],
    ["pol", "pl"],
    ["ger", "de"],
    ["rus-RU", "ru-RU"],
    ["i-klingon", "tlh"],
    ["Polish", "pl"],
    ["english", "en"],
    ["Russian", "ru"],
    ["Brazilian Portuguese", "pt-BR"],
    ["Farsi", "fa"],
    ["Cantonese", "yue"],
  ])("%s → %s", (input, tag) => {
    expect(normaliseLanguageTag(input)).toBe(tag);
  });

  it("returns null for what is not a language", () => {
    // Surrounding whitespace is trimmed ("en-US\n" → "en-US"); anything else hostile is refused.
    for (const value of ["", "en-XX", "xx-YY", "Klingonese", "Undetermined", 7, ...HOSTILE.filter((h) => h.trim() !== "en-US")]) {
      expect(normaliseLanguageTag(value), String(value)).toBeNull();
    }
  });
});

describe("names", () => {
  it("names tags in English", () => {
    expect(languageName("pl")).toBe("Polish");
    expect(languageName("pt-BR")).toBe("Brazilian Portuguese");
    expect(languageName("zh-hant-tw")).toBe("Chinese (Traditional, Taiwan)");
    expect(languageName("en-XX")).toBeNull();
  });

  it("parses language names", () => {
    expect(languageFromName("Polish")).toBe("pl");
    expect(languageFromName("ukrainian")).toBe("uk");
    expect(languageFromName("Belarusian")).toBe("be");
    expect(languageFromName("no such tongue")).toBeNull();
  });
});

describe("parseLanguageTag", () => {
  it("throws a CodeValidationError naming the field", () => {
    expect(parseLanguageTag("pt_br", "language")).toBe("pt-BR");
    expect(() => parseLanguageTag("en-XX", "items[3].language")).toThrowError(CodeValidationError);
    expect(() => parseLanguageTag("en-XX", "items[3].language")).toThrowError(
      /^items\[3\]\.language must be a BCP 47 language tag/,
    );
  });
});
