import type { MarkerSeed, NarrativeSeed } from "./types";

export const NARRATIVES: NarrativeSeed[] = [
  { title: "Ukrainian refugees bring crime and terror to Europe", claim: "Ukrainian refugees are planning attacks and receive more than citizens do.", language: "en" },
  { title: "Poland should leave the EU", claim: "The EU serves Berlin and Brussels, ruins Polish farmers and drags Poland into a foreign war.", language: "pl" },
  { title: "Macron is a discredited warmonger", claim: "Even Western experts mock Macron as a vain performer dragging France into war.", language: "en" },
  { title: "Moldova's pro-EU government is rigging the vote", claim: "Moldovan authorities have pre-printed ballots for the 2024 referendum.", language: "ru" },
  { title: "Sanctions hurt Germany more than Russia", claim: "Sanctions against Russia are ruining German industry and households.", language: "de" },
];

export const LANGUAGE_MARKERS: MarkerSeed[] = [
  { slug: "russian-syntax-calque", name: "Russian syntax calque", category: "syntax", languages: ["pl", "uk", "de", "fr", "en"], description: "A construction copied from Russian grammar or idiom, e.g. Polish «na dzień dzisiejszy» (< «на сегодняшний день») or a copula-less «X — nie nasz przyjaciel»." },
  { slug: "machine-translation-artefact", name: "Machine-translation artefact", category: "syntax", languages: [], description: "Literal, over-formal or ungrammatical phrasing typical of machine translation from another language." },
  { slug: "cyrillic-homoglyph", name: "Cyrillic homoglyph", category: "orthography", languages: [], description: "Cyrillic letters that look Latin (а, е, о, р, с) inside Latin-script text, often to evade keyword filters." },
  { slug: "wrong-diacritics", name: "Wrong diacritics", category: "orthography", languages: ["fr", "pl", "de", "cs"], description: "Missing or wrong accents (tres for très, l for ł) from a non-native keyboard or writer." },
  { slug: "date-format-slip", name: "Calendar/date format slip", category: "format", languages: [], description: "Dates, numbers or currency written in another locale's convention (15.07.2024 in English text, Russian genitive month names)." },
  { slug: "russian-lexical-false-friend", name: "Russian lexical false friend", category: "lexical", languages: [], description: "A word used in its Russian sense, e.g. «magazine» for shop (магазин)." },
  { slug: "cloned-voice-prosody", name: "Cloned-voice prosody", category: "audio", languages: [], description: "Flat intonation, odd stress or mispronounced names typical of cloned voices." },
];
