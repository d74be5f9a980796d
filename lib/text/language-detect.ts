import { francAll } from "franc-min";
import { iso6393To1 } from "iso-639-3/iso6393-to-1.js";

export interface DetectedLanguage {
  /** BCP 47 language tag: the ISO 639-1 code where one exists ("pl"), else the ISO 639-3 code ("ckb"). */
  tag: string;
  /** 0–1 heuristic from the margin over the runner-up language; not a calibrated probability. */
  confidence: number;
}

/** From this confidence a guess is stored (marked "detected") and filled into the log form; below it only offered. */
export const STORED_DETECTION_CONFIDENCE = 0.5;

/** Below this many letters trigram statistics are noise: "Fake!" or a handle is not a language sample. */
export const MIN_LETTERS_FOR_DETECTION = 20;
// Runner-up margin (on franc's normalised 0–1 scale) from which a guess counts as certain. Measured on one-sentence
// samples: distinct languages lead by 0.15–0.3; close relatives (ru/bg/uk, es/pt) often by 0.02–0.05, and a
// short Russian line was even taken for Komi at 0.02 — such guesses must read as unsure.
const CONFIDENT_MARGIN = 0.15;

// franc reports individual languages of a macrolanguage; people and lib/codes use the macrolanguage's tag.
const MACROLANGUAGE_TAG: Readonly<Record<string, string>> = {
  cmn: "zh", arb: "ar", pes: "fa", zlm: "ms", uzn: "uz", azj: "az", swh: "sw", plt: "mg", npi: "ne", pbu: "ps", fuv: "ff",
};

// Links, handles and numbers are not language: they would skew the trigram profile.
const NOISE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.]+|\p{N}+/gu;
const LETTER = /\p{L}/gu;

export function toBcp47(iso6393: string): string {
  return MACROLANGUAGE_TAG[iso6393] ?? iso6393To1[iso6393] ?? iso6393;
}

/** Detects the main language of a text; null when the text is too short or no language stands out. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const cleaned = text.replace(NOISE, " ").replace(/\s+/g, " ").trim();
  if ((cleaned.match(LETTER)?.length ?? 0) < MIN_LETTERS_FOR_DETECTION) return null;
  const [best, runnerUp] = francAll(cleaned, { minLength: 1 });
  if (best === undefined || best[0] === "und") return null;
  // A script used by a single language (Greek, Thai, Korean …) decides on its own.
  const margin = runnerUp === undefined ? 1 : best[1] - runnerUp[1];
  const confidence = Math.round(Math.min(1, margin / CONFIDENT_MARGIN) * 100) / 100;
  return { tag: toBcp47(best[0]), confidence };
}
