// Why fold homoglyphs: influence operations swap Latin letters for identical-looking Cyrillic ones (and back) so that
// copies of one text no longer match exact or n-gram filters while reading the same to humans. For comparison only,
// such letters are mapped into one script, word by word:
//   - a word mixing scripts ("пpивeт" with Latin p, e) is folded into its majority script;
//   - a single-script word made only of lookalikes of the text's dominant script (a Cyrillic "а" or "ос" in English
//     text) is folded into the dominant script;
//   - genuine words stay as they are, so a Russian quote inside English text is not mangled, and a copy with or
//     without an appended translation folds the same way.
// Applied after lower-casing, so uppercase-only lookalikes (Cyrillic В Н М Т К vs Latin B H M T K) are not caught:
// folding before lower-casing would break case insensitivity between "НЕТ" and "нет", which matters more.

type Script = "latin" | "cyrillic" | "greek";

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
  "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l",
};
const GREEK_TO_LATIN: Readonly<Record<string, string>> = {
  "α": "a", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "υ": "u", "χ": "x", "ϲ": "c",
};
const invert = (map: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(map).map(([from, to]) => [to, from])) as Record<string, string>;

// For each target script, the other scripts' letters that look like one of its letters.
const FOLD_INTO: Readonly<Record<Script, Readonly<Record<string, string>>>> = {
  latin: { ...CYRILLIC_TO_LATIN, ...GREEK_TO_LATIN },
  cyrillic: invert(CYRILLIC_TO_LATIN),
  greek: invert(GREEK_TO_LATIN),
};
const SCRIPTS: readonly Script[] = ["latin", "cyrillic", "greek"];
const WORD = /[\p{L}\p{M}]+/gu;

function scriptOf(code: number): Script | null {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0x24f)) return "latin";
  if (code >= 0x400 && code <= 0x52f) return "cyrillic";
  if (code >= 0x370 && code <= 0x3ff) return "greek";
  return null;
}

function countScripts(text: string): Record<Script, number> {
  const counts = { latin: 0, cyrillic: 0, greek: 0 };
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script !== null) counts[script]++;
  }
  return counts;
}

function majority(counts: Record<Script, number>, preferred: Script): Script {
  let best = preferred;
  for (const script of SCRIPTS) if (counts[script] > counts[best]) best = script;
  return best;
}

function foldInto(word: string, target: Script): string {
  const map = FOLD_INTO[target];
  let out = "";
  for (const char of word) out += map[char] ?? char;
  return out;
}

function foldWord(word: string, dominant: Script): string {
  const counts = countScripts(word);
  const present = SCRIPTS.filter((script) => counts[script] > 0);
  if (present.length > 1) return foldInto(word, majority(counts, dominant));
  if (present.length === 0 || present[0] === dominant) return word;
  const map = FOLD_INTO[dominant];
  for (const char of word) if (scriptOf(char.charCodeAt(0)) !== null && map[char] === undefined) return word;
  return foldInto(word, dominant);
}

/** Folds Latin/Cyrillic/Greek lookalike letters for comparison (lower-case input expected). */
export function foldHomoglyphs(text: string): string {
  const counts = countScripts(text);
  if (SCRIPTS.filter((script) => counts[script] > 0).length < 2) return text;
  const dominant = majority(counts, "latin");
  return text.replace(WORD, (word) => foldWord(word, dominant));
}
