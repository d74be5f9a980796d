import { z } from "zod";
import { describeInvalidCode, type CodeKind } from "./code-validation-error";
import { normaliseCountry } from "./countries";
import { isLanguageTag, normaliseLanguageTag } from "./languages";
import { normalisePlatform, PLATFORM_CODES } from "./platforms";

/** "targetCountries[2]" from zod's path; "value" for a bare schema. */
function fieldName(path: readonly PropertyKey[] | undefined): string {
  if (!path?.length) return "value";
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i ? "." : ""}${String(segment)}`))
    .join("");
}

/**
 * A string schema that maps input through `normalise` and fails with a message naming the field
 * ("targetCountry must be an ISO 3166-1 alpha-2 country code …; got \"XX\""), also when the input is no string.
 */
function codeSchema(kind: CodeKind, accept: (value: string) => boolean, normalise: (value: string) => string | null) {
  const error = (issue: { path?: readonly PropertyKey[]; input?: unknown }) =>
    describeInvalidCode(kind, fieldName(issue.path), issue.input);
  return z
    .string({ error })
    .refine((value) => accept(value) && normalise(value) !== null, { error, abort: true })
    .transform((value) => normalise(value) as string);
}

const isCountryCodeInAnyCase = (value: string) => /^[A-Za-z]{2}$/.test(value.trim());

/** Country codes from APIs and forms: "PL" or "pl" (output "PL"). Names are refused: use countryInputSchema. */
export const countryCodeSchema = codeSchema("country", isCountryCodeInAnyCase, normaliseCountry);

/** Lenient country input for imports and free-text forms: codes, alpha-3 codes, English names, aliases. */
export const countryInputSchema = codeSchema("country", () => true, normaliseCountry);

/** Language tags from APIs and forms: valid BCP 47 in any case (output canonical: "pt-BR"). Names are refused. */
export const languageTagSchema = codeSchema("language", (v) => isLanguageTag(v.trim()), normaliseLanguageTag);

/** Lenient language input for imports: tags, three-letter codes, English names ("Polish" → "pl"). */
export const languageInputSchema = codeSchema("language", () => true, normaliseLanguageTag);

/**
 * A platform filter value: a code of the one vocabulary (lib/codes/platforms.ts) or one of its aliases
 * ("twitter" → "x"). A name outside it is refused (422 naming the field) rather than matching nothing.
 */
export const platformCodeSchema = z.string().transform((value, ctx) => {
  const normalised = normalisePlatform(value);
  if (normalised && normalised.platformRaw === null) return normalised.platform;
  ctx.addIssue({ code: "custom", message: `must be a platform of the vocabulary (${PLATFORM_CODES.join(", ")}); got "${value.slice(0, 40)}"` });
  return z.NEVER;
});

/** An optional platform filter (empty = none): every Platform filter (items, analytics, graph, exports) uses it. */
export const optionalPlatformSchema = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .pipe(platformCodeSchema.optional())
  .optional();
