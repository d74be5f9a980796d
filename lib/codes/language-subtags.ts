import { iso6393, iso6393To1 } from "iso-639-3";
import { iso15924 } from "iso-15924";
import { foldName } from "./fold-name";

/**
 * Registries behind BCP 47 validity. The IANA subtag registry is not installed; its language subtags are the
 * ISO 639-1 codes plus the ISO 639-3 codes that have no two-letter equivalent, its scripts are ISO 15924 and its
 * regions are ISO 3166-1 plus the UN M.49 areas listed below. Built lazily: iso6393 has ~7,900 entries.
 */
interface Registry {
  twoLetter: ReadonlySet<string>;
  /** three-letter ISO 639-3 code → its ISO 639-1 code, when it has one */
  threeLetter: ReadonlyMap<string, string | null>;
  /** ISO 639-2/B codes ("fre", "ger") → the code BCP 47 uses */
  bibliographic: ReadonlyMap<string, string>;
  /** lower-case script code → canonical title case ("hant" → "Hant") */
  scripts: ReadonlyMap<string, string>;
}

/** The M.49 area codes that the IANA registry accepts as region subtags (e.g. 419 = Latin America). */
export const M49_AREAS: ReadonlySet<string> = new Set([
  "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029", "030", "034",
  "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151", "154", "155", "202", "419",
]);

let registry: Registry | null = null;

export function subtagRegistry(): Registry {
  if (registry) return registry;
  const threeLetter = new Map<string, string | null>();
  const bibliographic = new Map<string, string>();
  for (const language of iso6393) {
    threeLetter.set(language.iso6393, language.iso6391 ?? null);
    if (language.iso6392B && language.iso6392B !== language.iso6393) {
      bibliographic.set(language.iso6392B, language.iso6391 ?? language.iso6393);
    }
  }
  registry = {
    twoLetter: new Set(Object.values(iso6393To1)),
    threeLetter,
    bibliographic,
    scripts: new Map(iso15924.map((s) => [s.code.toLowerCase(), s.code])),
  };
  return registry;
}

/** Names people type that neither ICU nor ISO 639-3 spells that way. */
const EXTRA_LANGUAGE_NAMES: Record<string, string> = {
  farsi: "fa",
  mandarin: "zh",
  cantonese: "yue",
  flemish: "nl",
  castilian: "es",
  "brazilian portuguese": "pt-BR",
  "simplified chinese": "zh-Hans",
  "traditional chinese": "zh-Hant",
};

let nameIndex: Map<string, string> | null = null;

/** Folded English name → tag: ICU names of the two-letter languages first, then ISO 639-3 reference names. */
export function languageNameIndex(): Map<string, string> {
  if (nameIndex) return nameIndex;
  const index = new Map<string, string>();
  const add = (name: string | undefined, tag: string) => {
    const key = name ? foldName(name) : "";
    if (key && !index.has(key)) index.set(key, tag);
  };
  const display = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  const { twoLetter, threeLetter } = subtagRegistry();
  for (const code of twoLetter) add(display.of(code), code);
  for (const [name, tag] of Object.entries(EXTRA_LANGUAGE_NAMES)) add(name, tag);
  for (const language of iso6393) {
    if (language.scope === "special") continue; // "Undetermined", "No linguistic content" are not languages
    add(language.name, threeLetter.get(language.iso6393) ?? language.iso6393);
  }
  nameIndex = index;
  return index;
}
