/**
 * Display names for standard codes, in the browser and on the server alike. Intl.DisplayNames ships with every
 * runtime, so client bundles stay small; lib/codes holds the validating registries for input.
 */
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const languageDisplayNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** "PL" → "Poland"; an unknown code is returned as it is. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "pl" → "Polish", "pt-BR" → "Brazilian Portuguese"; an unknown tag is returned as it is. */
export function languageName(tag: string): string {
  try {
    return languageDisplayNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** ["pl", "ru"] → "Polish, Russian"; "" for none. */
export function languageNames(tags: readonly string[]): string {
  return tags.map(languageName).join(", ");
}
