import { foldHomoglyphs } from "./homoglyphs";

// Links and @handles change between copies of one message (each amplifier posts its own), so they are dropped;
// a hashtag's word is content and stays, only its "#" goes with the other punctuation.
const URLS = /(?:\b(?:https?|hxxps?):\/\/|\bwww\.)\S+/giu;
const MENTIONS = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
// Combining diacritics only (not all \p{M}): Indic and Thai vowel signs are marks too and carry meaning.
const COMBINING_DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
// Letters that carry their diacritic without decomposing under NFD.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ŀ": "l", "ŧ": "t",
};
const UNDECOMPOSABLE_CHARS = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join("")}]`, "g");
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const ASCII_NON_WORD = /[^a-z0-9]+/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// Scripts written without spaces between words: only these need a dictionary-based segmenter.
const UNSPACED_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

// A fixed locale: segmentation must not depend on the machine's default locale.
let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = () => (segmenter ??= new Intl.Segmenter("en", { granularity: "word" }));

function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_DIACRITICS, "")
    .normalize("NFC")
    .replace(UNDECOMPOSABLE_CHARS, (c) => UNDECOMPOSABLE[c] ?? c);
}

/**
 * Normalises text for near-duplicate comparison, never for display: NFKC, links and @mentions removed, lower-cased,
 * diacritics stripped, Latin/Cyrillic/Greek homoglyphs folded, punctuation and whitespace collapsed to one space.
 */
export function normaliseForMatching(text: string): string {
  const ascii = ASCII_ONLY.test(text);
  // NFKC first so full-width letters and ligatures ("ﬁ", "Ｆａｋｅ") turn into the letters they show.
  let out = ascii ? text : text.normalize("NFKC");
  // The substring checks skip the costlier regexes on the common text that has no links or handles.
  if (out.includes("://") || out.includes("www.")) out = out.replace(URLS, " ");
  if (out.includes("@")) out = out.replace(MENTIONS, "$1 ");
  out = out.toLowerCase();
  if (ascii) return out.replace(ASCII_NON_WORD, " ").trim();
  return foldHomoglyphs(stripDiacritics(out)).replace(NON_WORD, " ").trim();
}

/** True when the normalised text contains a script written without spaces, which tokenise() must segment. */
export function needsWordSegmenter(normalised: string): boolean {
  return UNSPACED_SCRIPT.test(normalised);
}

/** Splits normalised text into words: on spaces, plus Intl.Segmenter for scripts written without spaces. */
export function tokenise(normalised: string): string[] {
  if (normalised === "") return [];
  const chunks = normalised.split(" ");
  if (!UNSPACED_SCRIPT.test(normalised)) return chunks;
  const words: string[] = [];
  for (const chunk of chunks) {
    if (!UNSPACED_SCRIPT.test(chunk)) {
      words.push(chunk);
      continue;
    }
    for (const segment of wordSegmenter().segment(chunk)) if (segment.isWordLike) words.push(segment.segment);
  }
  return words;
}

export function matchingTokens(text: string): string[] {
  return tokenise(normaliseForMatching(text));
}
