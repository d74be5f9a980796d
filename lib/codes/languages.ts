import { parse, stringify, type Schema } from "bcp-47";
import { iso6393 } from "iso-639-3";
import { isCountryCode } from "./countries";
import { CodeValidationError } from "./code-validation-error";
import { foldName, isPlausibleName } from "./fold-name";
import { languageNameIndex, M49_AREAS, subtagRegistry } from "./language-subtags";

// Longest real-world tags ("zh-Hant-TW-x-…") stay far below this; the cap keeps hostile input cheap to reject.
const MAX_TAG_LENGTH = 64;

/** Parses a tag strictly: well-formed, a real language, script and region; null otherwise. Case-insensitive. */
function parseValid(input: unknown): Schema | null {
  if (typeof input !== "string" || input.length === 0 || input.length > MAX_TAG_LENGTH) return null;
  if (!/^[A-Za-z0-9-]+$/.test(input)) return null;
  const schema = parse(input); // also maps grandfathered tags ("i-klingon" → "tlh")
  if (!schema.language) return null; // private-use-only ("x-foo") or irregular tags name no language
  const { twoLetter, threeLetter, scripts } = subtagRegistry();
  const language = schema.language.toLowerCase();
  const knownLanguage =
    language.length === 2
      ? twoLetter.has(language)
      : // BCP 47 registers a three-letter code only when ISO 639-1 has no two-letter code for it.
        language.length === 3 && threeLetter.has(language) && threeLetter.get(language) === null;
  if (!knownLanguage) return null;
  if (!schema.extendedLanguageSubtags.every((e) => threeLetter.has(e.toLowerCase()))) return null;
  if (schema.script && !scripts.has(schema.script.toLowerCase())) return null;
  if (schema.region && !isRegion(schema.region)) return null;
  return schema;
}

function isRegion(region: string): boolean {
  return /^\d{3}$/.test(region) ? M49_AREAS.has(region) : isCountryCode(region.toUpperCase());
}

/** RFC 5646 casing: language and variants lower case, script title case, region upper case. */
function canonical(schema: Schema): string {
  const { scripts } = subtagRegistry();
  return stringify({
    ...schema,
    language: schema.language?.toLowerCase() ?? null,
    extendedLanguageSubtags: schema.extendedLanguageSubtags.map((e) => e.toLowerCase()),
    script: schema.script ? (scripts.get(schema.script.toLowerCase()) ?? schema.script) : null,
    region: schema.region?.toUpperCase() ?? null,
    variants: schema.variants.map((v) => v.toLowerCase()),
    extensions: schema.extensions.map((e) => ({
      singleton: e.singleton.toLowerCase(),
      extensions: e.extensions.map((x) => x.toLowerCase()),
    })),
    privateuse: schema.privateuse.map((p) => p.toLowerCase()),
  });
}

/** True for a valid BCP 47 tag in any case ("pl", "PT-br", "zh-Hant-TW"); "english", "en-XX", "xx" are not. */
export function isLanguageTag(value: unknown): value is string {
  return parseValid(value) !== null;
}

/**
 * The canonical tag for what a person or an import gave: a tag in any case or with underscores ("pt_br" →
 * "pt-BR"), a three-letter or bibliographic code where BCP 47 uses two letters ("pol", "ger" → "pl", "de"), or an
 * English language name ("Polish" → "pl"). Null when nothing matches.
 */
export function normaliseLanguageTag(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const trimmed = input.trim().replace(/_/g, "-");
  const schema = parseValid(trimmed) ?? parseValid(withShortestLanguage(trimmed));
  if (schema) return canonical(schema);
  return languageFromName(trimmed);
}

/** Replaces a three-letter primary subtag by the code BCP 47 registers for it ("pol-PL" → "pl-PL"). */
function withShortestLanguage(tag: string): string {
  const [first, ...rest] = tag.split("-");
  const lower = first.toLowerCase();
  const { threeLetter, bibliographic } = subtagRegistry();
  const shortest = threeLetter.get(lower) ?? bibliographic.get(lower);
  return shortest ? [shortest, ...rest].join("-") : tag;
}

/** The tag for an English language name ("Polish" → "pl", "Brazilian Portuguese" → "pt-BR"); null if unknown. */
export function languageFromName(name: string): string | null {
  if (!isPlausibleName(name)) return null;
  return languageNameIndex().get(foldName(name)) ?? null;
}

/** English name of a tag ("pt-BR" → "Brazilian Portuguese"); null for anything that is not a valid tag. */
export function languageName(tag: string): string | null {
  const schema = parseValid(tag.trim());
  if (!schema) return null;
  const normalised = canonical(schema);
  const display = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(normalised);
  if (display && display !== normalised) return display;
  // ICU does not name every ISO 639-3 language; its reference name is the next best thing.
  return iso6393.find((l) => l.iso6393 === schema.language?.toLowerCase())?.name ?? null;
}

/** normaliseLanguageTag that throws a CodeValidationError naming the field (for imports and server code). */
export function parseLanguageTag(input: unknown, field = "language"): string {
  const tag = normaliseLanguageTag(input);
  if (!tag) throw new CodeValidationError("language", field, input);
  return tag;
}
