import { describe, expect, it } from "vitest";
import { z } from "zod";
import { countryCodeSchema, countryInputSchema, languageInputSchema, languageTagSchema } from "./schemas";

// The way domain schemas will use these: inside objects and arrays.
const sightingBody = z.object({
  audienceCountry: countryCodeSchema,
  language: languageTagSchema,
  targetCountries: z.array(countryCodeSchema).optional(),
});

function messages(input: unknown): string[] {
  const result = sightingBody.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("code schemas", () => {
  it("normalise valid codes", () => {
    expect(sightingBody.parse({ audienceCountry: "pl", language: "PT-br", targetCountries: ["fr", "DE"] })).toEqual({
      audienceCountry: "PL",
      language: "pt-BR",
      targetCountries: ["FR", "DE"],
    });
  });

  it.each(["XX", "ZZ", "english", "Russia", "", "'; DROP TABLE items;--", "<img src=x onerror=alert(1)>"])(
    "reject country %j naming the field",
    (value) => {
      const [message] = messages({ audienceCountry: value, language: "pl" });
      expect(message).toMatch(/^audienceCountry (must be|is required)/);
      // The value is quoted (JSON-escaped) and shortened; HTML escaping is React's job where it is shown.
      if (value) expect(message).toContain(JSON.stringify(value.slice(0, 40)));
    },
  );

  it.each(["english", "en-XX", "xx-YY", "", "en'; DROP TABLE items;--"])(
    "reject language %j naming the field",
    (value) => {
      expect(messages({ audienceCountry: "PL", language: value })).toEqual([
        expect.stringMatching(/^language (must be a BCP 47 language tag|is required)/),
      ]);
    },
  );

  it("name array elements and non-string values", () => {
    expect(messages({ audienceCountry: 616, language: null, targetCountries: ["FR", "XX"] })).toEqual([
      "audienceCountry must be an ISO 3166-1 alpha-2 country code (e.g. PL, GB); got a number",
      "language must be a BCP 47 language tag (e.g. pl, pt-BR, zh-Hant-TW); got a null",
      'targetCountries[1] must be an ISO 3166-1 alpha-2 country code (e.g. PL, GB); got "XX"',
    ]);
  });

  it("lenient input schemas accept names", () => {
    expect(countryInputSchema.parse("Russia")).toBe("RU");
    expect(languageInputSchema.parse("Polish")).toBe("pl");
    expect(countryInputSchema.safeParse("Narnia").error?.issues[0].message).toMatch(/^value must be/);
  });
});
