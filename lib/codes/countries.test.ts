import { describe, expect, it } from "vitest";
import { CodeValidationError } from "./code-validation-error";
import { countryName, isCountryCode, normaliseCountry, parseCountry } from "./countries";

const HOSTILE = ["'; DROP TABLE items;--", "<script>alert(1)</script>", "GB\u0000", "G B", "constructor", "__proto__", "x".repeat(10_000)];

describe("isCountryCode", () => {
  it("accepts canonical ISO 3166-1 alpha-2 codes", () => {
    for (const code of ["PL", "GB", "FR", "DE", "RU", "UA", "MD", "US", "XK"]) expect(isCountryCode(code)).toBe(true);
  });

  it("rejects unassigned, lower-case, alpha-3 and non-string values", () => {
    for (const value of ["XX", "ZZ", "UK", "pl", "POL", "", " PL", 616, null, undefined, ...HOSTILE]) {
      expect(isCountryCode(value)).toBe(false);
    }
  });
});

describe("codes standards define beyond today's countries", () => {
  it("accepts EU (ISO 3166-1 exceptional reservation), SU, YU, CS (ISO 3166-3) and XK, with their own names", () => {
    for (const code of ["EU", "SU", "YU", "CS", "XK"]) expect(isCountryCode(code)).toBe(true);
    expect(normaliseCountry("USSR")).toBe("SU");
    expect(normaliseCountry("Yugoslavia")).toBe("YU");
    expect(countryName("SU")).toBe("Soviet Union");
  });
});

describe("normaliseCountry", () => {
  it.each([
    ["pl", "PL"],
    [" fr ", "FR"],
    ["POL", "PL"],
    ["Poland", "PL"],
    ["UK", "GB"],
    ["United Kingdom", "GB"],
    ["Great Britain", "GB"],
    ["Russia", "RU"],
    ["russian federation", "RU"],
    ["USA", "US"],
    ["U.S.", "US"],
    ["Côte d'Ivoire", "CI"],
    ["Ivory Coast", "CI"],
    ["The Netherlands", "NL"],
    ["Moldova", "MD"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["Czechia", "CZ"],
  ])("%s → %s", (input, code) => {
    expect(normaliseCountry(input)).toBe(code);
  });

  it("returns null for what is not a country", () => {
    for (const value of ["XX", "ZZ", "xx", "Narnia", "english", "", "   ", 42, ...HOSTILE]) {
      expect(normaliseCountry(value)).toBeNull();
    }
  });
});

describe("countryName", () => {
  it("names a code in any case", () => {
    expect(countryName("PL")).toBe("Poland");
    expect(countryName("gb")).toBe("United Kingdom");
    expect(countryName("RU")).toBe("Russia");
  });

  it("returns null for unknown codes and for names", () => {
    expect(countryName("XX")).toBeNull();
    expect(countryName("Poland")).toBeNull();
  });
});

describe("parseCountry", () => {
  it("returns the code or throws a CodeValidationError naming the field", () => {
    expect(parseCountry("Russia", "originCountry")).toBe("RU");
    const error = (() => {
      try {
        parseCountry("ZZ", "originCountry");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CodeValidationError);
    expect(error).toMatchObject({ kind: "country", field: "originCountry", value: "ZZ" });
    expect((error as Error).message).toMatch(/^originCountry must be an ISO 3166-1 alpha-2 country code/);
  });
});
