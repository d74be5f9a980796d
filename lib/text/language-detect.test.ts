import { describe, expect, it } from "vitest";
import { detectLanguage, toBcp47 } from "./language-detect";

const SAMPLES: ReadonlyArray<readonly [string, string]> = [
  ["en", "The video shows a professor insulting the French president, but he never said those words and the voice was cloned."],
  ["fr", "La vidéo montre un professeur qui insulte le président français, mais il n'a jamais prononcé ces mots et sa voix a été clonée."],
  ["de", "Das Video zeigt einen Professor, der den französischen Präsidenten beleidigt, aber er hat diese Worte nie gesagt."],
  ["pl", "Nagranie pokazuje profesora, który obraża prezydenta Francji, ale nigdy nie wypowiedział tych słów, a jego głos sklonowano."],
  ["uk", "На відео професор ображає президента Франції, але він ніколи не казав цих слів, а його голос було клоновано."],
  ["ru", "На видео профессор оскорбляет президента Франции, но он никогда не говорил этих слов, а его голос был клонирован."],
  ["es", "El vídeo muestra a un profesor insultando al presidente francés, pero nunca dijo esas palabras y su voz fue clonada."],
  ["it", "Il video mostra un professore che insulta il presidente francese, ma non ha mai detto quelle parole e la sua voce è stata clonata."],
  ["uk", "Президент заявив, що Європейський союз скоро розвалиться, а Польща має вийти з нього якомога швидше."],
  ["ru", "Президент заявил, что Европейский союз скоро развалится, а Польша должна выйти из него как можно скорее."],
  ["pl", "Unia Europejska każe Polakom jeść robaki, a rząd w Warszawie ukrywa to przed obywatelami."],
  ["de", "Die Bundesregierung verschweigt, dass die Gaspreise im Winter noch einmal verdoppelt werden sollen."],
];

describe("detectLanguage", () => {
  it.each(SAMPLES)("detects %s", (tag, text) => {
    const detected = detectLanguage(text);
    expect(detected?.tag).toBe(tag);
    expect(detected?.confidence).toBeGreaterThan(0);
    expect(detected?.confidence).toBeLessThanOrEqual(1);
  });

  it("is confident on clearly distinct languages", () => {
    for (const [tag, text] of SAMPLES.filter(([tag]) => ["en", "fr", "de", "pl", "it"].includes(tag))) {
      expect(detectLanguage(text)?.confidence, tag).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("ignores links, handles and numbers", () => {
    const text = `@pravda_news https://example.com/a/b/c/d 2024 ${SAMPLES[2][1]} #fake`;
    expect(detectLanguage(text)?.tag).toBe("de");
  });

  it("decides single-script languages by their script", () => {
    expect(detectLanguage("Η αλήθεια για τον πόλεμο είναι διαφορετική από όσα λένε")).toEqual({ tag: "el", confidence: 1 });
    expect(detectLanguage("我们今天去公园玩，天气很好，大家都很开心，孩子们也很高兴。")?.tag).toBe("zh");
  });

  it("returns null for text too short or without letters", () => {
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("Fake!")).toBeNull();
    expect(detectLanguage("@someone https://t.me/x/123 #tag 12345678901234567890")).toBeNull();
    expect(detectLanguage("!!! ??? ... 2024-05-01 12:00")).toBeNull();
  });
});

describe("toBcp47", () => {
  it("prefers ISO 639-1 and the macrolanguage tag, else keeps the ISO 639-3 code", () => {
    expect(toBcp47("pol")).toBe("pl");
    expect(toBcp47("cmn")).toBe("zh");
    expect(toBcp47("arb")).toBe("ar");
    expect(toBcp47("ckb")).toBe("ckb");
  });
});
