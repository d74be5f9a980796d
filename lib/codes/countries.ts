import { getAlpha2Codes, getName, getNames, registerLocale, alpha3ToAlpha2 } from "i18n-iso-countries/index.js";
import english from "i18n-iso-countries/langs/en.json";
import { CodeValidationError } from "./code-validation-error";
import { foldName, isPlausibleName } from "./fold-name";

// The package's main entry registers ~80 locales; only English names are needed, so load the core and one locale.
registerLocale(english);

/**
 * Every alpha-2 code the package knows: ISO 3166-1 plus XK (Kosovo), a user-assigned code that the EU and most
 * fact-checking datasets use, and which Balkan campaigns need. Other user-assigned codes (XX, ZZ…) are rejected.
 */
/**
 * Codes a standard defines beyond the current countries, which disinformation data names: EU (an ISO 3166-1
 * "exceptionally reserved" code), the historic SU, YU and CS (ISO 3166-3 transitional reservations), and XK.
 */
const EXTRA_CODES: Record<string, string[]> = {
  EU: ["European Union"],
  SU: ["Soviet Union", "USSR", "U.S.S.R."],
  YU: ["Yugoslavia"],
  CS: ["Serbia and Montenegro"],
  XK: ["Kosovo"],
};
const CODES: ReadonlySet<string> = new Set([...Object.keys(getAlpha2Codes()), ...Object.keys(EXTRA_CODES)]);

/** Names people type that neither the package nor ICU lists. */
const EXTRA_ALIASES: Record<string, string> = {
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  holland: "NL",
  burma: "MM",
  macedonia: "MK",
  swaziland: "SZ",
  "cape verde": "CV",
  vatican: "VA",
  "czech": "CZ",
  "east timor": "TL",
  "dr congo": "CD",
  drc: "CD",
};

let nameIndex: Map<string, string> | null = null;

/** Folded name → code, from the package's official names and aliases, ICU's English names and EXTRA_ALIASES. */
function names(): Map<string, string> {
  if (nameIndex) return nameIndex;
  const index = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const key = name ? foldName(name) : "";
    // First writer wins: official names are added before aliases, so "Congo" keeps one meaning.
    if (key && !index.has(key)) index.set(key, code);
  };
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  const official = getNames("en", { select: "official" });
  for (const code of CODES) add(official[code], code);
  const all = getNames("en", { select: "all" });
  for (const code of CODES) for (const name of all[code] ?? []) add(name, code);
  for (const code of CODES) add(display.of(code), code);
  for (const [name, code] of Object.entries(EXTRA_ALIASES)) add(name, code);
  for (const [code, extra] of Object.entries(EXTRA_CODES)) for (const name of extra) add(name, code);
  nameIndex = index;
  return index;
}

/** True for an ISO 3166-1 alpha-2 code in canonical upper case ("PL"); use normaliseCountry for user input. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === "string" && /^[A-Z]{2}$/.test(value) && CODES.has(value);
}

/**
 * The alpha-2 code for what a person or an import file gave: a code in any case ("pl", "PL"), an alpha-3 code
 * ("POL"), or an English name or common alias ("Poland", "UK", "Russia", "Côte d'Ivoire"). Null when unknown.
 */
export function normaliseCountry(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const trimmed = input.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (CODES.has(code)) return code;
    // else fall through: "UK" is an alias, not a code
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = alpha3ToAlpha2(trimmed.toUpperCase());
    if (code && CODES.has(code)) return code;
  }
  if (!isPlausibleName(trimmed)) return null;
  return names().get(foldName(trimmed)) ?? null;
}

/** The English name of a code ("PL" → "Poland"); null for anything that is not a country code. */
export function countryName(code: string): string | null {
  const normalised = normaliseCountry(code);
  if (!normalised || normalised !== code.trim().toUpperCase()) return null;
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(normalised);
  // ICU names SU "Russia" and YU "Serbia" (their successors): a historic code keeps its own name.
  return EXTRA_CODES[normalised]?.[0] ?? display ?? getName(normalised, "en") ?? null;
}

/** normaliseCountry that throws a CodeValidationError naming the field (for imports and server code). */
export function parseCountry(input: unknown, field = "country"): string {
  const code = normaliseCountry(input);
  if (!code) throw new CodeValidationError("country", field, input);
  return code;
}
