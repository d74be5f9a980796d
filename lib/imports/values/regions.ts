import { foldName } from "../../codes/fold-name";

/**
 * Region names that data sets put in a countries column, mapped to their countries only where membership is
 * settled (a treaty or a fixed usage). Regions whose extent people disagree on ("Middle East", "Balkans",
 * "Eastern Europe", "the West") are deliberately absent: the importer keeps those as written rather than guess.
 */
const REGIONS: Record<string, readonly string[]> = {
  "baltic states": ["EE", "LV", "LT"],
  baltics: ["EE", "LV", "LT"],
  "baltic countries": ["EE", "LV", "LT"],
  benelux: ["BE", "NL", "LU"],
  scandinavia: ["DK", "NO", "SE"],
  "nordic countries": ["DK", "FI", "IS", "NO", "SE"],
  nordics: ["DK", "FI", "IS", "NO", "SE"],
  "visegrad group": ["CZ", "HU", "PL", "SK"],
  "visegrad four": ["CZ", "HU", "PL", "SK"],
  v4: ["CZ", "HU", "PL", "SK"],
  "south caucasus": ["AM", "AZ", "GE"],
  "central asia": ["KZ", "KG", "TJ", "TM", "UZ"],
};

const SHORTEST = Math.min(...Object.keys(REGIONS).map((k) => k.length));
/** Country cells repeat a few hundred values over a whole file: folding each once keeps this off the row path. */
const memo = new Map<string, readonly string[] | null>();

/** The countries of an unambiguous region name ("Baltic states" → EE, LV, LT), or null. */
export function regionCountries(name: string): readonly string[] | null {
  if (name.length < SHORTEST) return null;
  let hit = memo.get(name);
  if (hit === undefined) {
    hit = Object.hasOwn(REGIONS, foldName(name)) ? REGIONS[foldName(name)] : null;
    if (memo.size > 10_000) memo.clear();
    memo.set(name, hit);
  }
  return hit;
}
