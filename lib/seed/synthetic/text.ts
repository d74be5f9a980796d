import { createRandom, hashString, type Random } from "../prng";
import { LANGUAGE_PACKS, SYNTHETIC_COUNTRIES, type SyntheticLanguage } from "./languages";
import type { SynCampaign, SynNarrative } from "./world";

export interface Slots {
  outlet: string;
  person: string;
  country: string;
  group: number;
  topic: number;
  action: number;
  number: number;
}

export function fill(template: string, language: SyntheticLanguage, slots: Slots): string {
  const pack = LANGUAGE_PACKS[language];
  const countryIndex = Math.max(0, SYNTHETIC_COUNTRIES.indexOf(slots.country as (typeof SYNTHETIC_COUNTRIES)[number]));
  return template
    .replace("{outlet}", slots.outlet)
    .replace("{person}", slots.person)
    .replace("{inCountry}", pack.inCountry[countryIndex])
    .replace("{group}", pack.groups[slots.group])
    .replace("{topic}", pack.topics[slots.topic])
    .replace("{action}", pack.actions[slots.action])
    .replace("{number}", slots.number.toLocaleString("en-US").replace(/,/g, " "));
}

const baseTexts = new Map<string, string>();

/**
 * The script a campaign pushes for one narrative in one language: three or four sentences, always including one
 * that names its outlet or person, with the narrative's fillers — so its translations say the same thing.
 */
export function baseText(seed: number, campaign: SynCampaign, narrativeIndex: number, language: SyntheticLanguage): string {
  const key = `${seed}:${campaign.index}:${narrativeIndex}:${language}`;
  const cached = baseTexts.get(key);
  if (cached) return cached;
  const random = createRandom(hashString(key));
  const narrative: SynNarrative = campaign.narratives[narrativeIndex];
  const pack = LANGUAGE_PACKS[language];
  const anchor = random.pick([0, 1, 4]);
  const others = random.sample([0, 1, 2, 3, 4, 5].filter((t) => t !== anchor), random.int(2, 3));
  const slots: Slots = {
    outlet: campaign.outlets[0].name,
    person: random.pick(campaign.persons).name,
    country: random.pick(campaign.targetCountries),
    ...narrative,
  };
  const text = [anchor, ...others].map((t) => fill(pack.templates[t], language, slots)).join(" ");
  baseTexts.set(key, text);
  return text;
}

/**
 * Small word-level edits of the kind reposts and re-uploads show (a dropped or swapped word, a doubled word, a
 * share-appeal tail), few enough that MinHash over word shingles still sees a near-duplicate of the script.
 */
export function mutate(text: string, language: SyntheticLanguage, random: Random): string {
  const words = text.split(" ");
  const edits = random.int(0, 3);
  for (let e = 0; e < edits && words.length > 6; e++) {
    const at = random.int(1, words.length - 2);
    const op = random.int(0, 2);
    if (op === 0) words.splice(at, 1);
    else if (op === 1) [words[at], words[at + 1]] = [words[at + 1], words[at]];
    else words.splice(at, 0, words[at]);
  }
  if (random.chance(0.4)) words.push(random.pick(LANGUAGE_PACKS[language].shareTails));
  if (random.chance(0.15)) words.unshift(random.pick(["⚡", "‼️", "BREAKING:", "⚠️"]));
  return words.join(" ");
}

/** A span of 2–3 consecutive words of `text`, to annotate with a language marker. */
export function pickQuote(text: string, random: Random): { quote: string; startOffset: number; endOffset: number } {
  const words = text.split(" ");
  const length = Math.min(words.length, random.int(2, 3));
  const first = random.int(0, words.length - length);
  const quote = words.slice(first, first + length).join(" ");
  const startOffset = words.slice(0, first).join(" ").length + (first > 0 ? 1 : 0);
  return { quote, startOffset, endOffset: startOffset + quote.length };
}

const vocabularies = new Map<SyntheticLanguage, string[]>();
function vocabulary(language: SyntheticLanguage): string[] {
  let words = vocabularies.get(language);
  if (!words) {
    const pack = LANGUAGE_PACKS[language];
    const text = [...pack.templates, ...pack.neutral, ...pack.groups, ...pack.topics, ...pack.actions, ...pack.inCountry].join(" ");
    words = [...new Set(text.replace(/\{[a-zA-Z]+\}/g, " ").replace(/[.,:;!?]/g, " ").split(/\s+/).filter((w) => w.length > 1))];
    vocabularies.set(language, words);
  }
  return words;
}

/**
 * Organic text for decoys and noise: one neutral sentence (it names the person and country a decoy shares with a
 * campaign) and a body of three sentences of the language's words in random order. Unrelated posts on one topic
 * share some words but not their sequence, so — unlike two fills of the same template — they are not near-identical.
 */
export function organicText(language: SyntheticLanguage, slots: Slots, random: Random): string {
  const pack = LANGUAGE_PACKS[language];
  const words = vocabulary(language);
  const sentences = [fill(random.pick(pack.neutral), language, slots)];
  for (let s = 0; s < 3; s++) {
    const body = Array.from({ length: random.int(6, 10) }, () => random.pick(words)).join(" ");
    sentences.push(`${body.charAt(0).toUpperCase()}${body.slice(1)}.`);
  }
  return sentences.join(" ");
}
