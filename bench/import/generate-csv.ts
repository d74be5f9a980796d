import { createWriteStream } from "node:fs";
import { once } from "node:events";

const PERSONS = ["Alan Read", "alan read", "Maria Nowak", "Jan Kowalski", "Olena Shevchenko", "Yvonne Havel"];
const OUTLETS = ["TVP Info", "Reuters", "BBC News", "Deutsche Welle", "Onet"];
const HANDLES = ["@polexit_tv", "@PolexitTV", "@grain_truth", "@baltic_voice", "@euro_skeptic", "@real_news_pl", "@kyiv_watch", "@moldova_now"];
const NARRATIVES = ["Polexit now", "Grain floods the market", "Ukrainian refugees get more", "Sanctions hurt us most", "NATO drags us into war"];
const COUNTRIES = ["['Poland', 'Ukraine']", "DE; FR", "Moldova", '["LT","LV"]', "PL", "Czechia; Slovakia", "United Kingdom"];
const LANGUAGES = ["Polish", "de", "en", "Ukrainian", "ru", "French", "lt"];
const PLATFORMS = ["youtube", "x", "telegram", "facebook", "tiktok", "website"];
const WORDS = ("Bruksela decyduje za nas o wszystkim ceny prądu rosną a zboże zalewa rynek rząd milczy media kłamią " +
  "sanctions hurt farmers first the elites do not care energy prices soar while refugees receive benefits " +
  "die Regierung verschweigt die Wahrheit über Preise und Krieg").split(" ");

/** Deterministic pseudo-random numbers (mulberry32): the same file on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csv = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * A realistic import file, streamed to disk row by row: ~60 % rows with a new URL, ~25 % repeating an earlier URL
 * in another form (merged), ~15 % without URL (row key only); people, outlets, accounts and narratives from a
 * small vocabulary; countries and languages as names and as codes; list cells in several notations.
 */
export async function generateCsv(file: string, rows: number): Promise<void> {
  const rnd = random(20261126);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  await write("id,title,text,link,platform,lang,target_country,impersonated,outlets,narrative,account,seen_at,views,shares");
  let urls = 0;
  for (let i = 0; i < rows; i++) {
    const roll = rnd();
    let url = "";
    if (roll < 0.6 || urls === 0) url = `https://www.example.org/story/${urls++}?utm_source=feed`;
    else if (roll < 0.85) url = `https://example.org/story/${Math.floor(rnd() * urls)}#comments`;
    const words = Array.from({ length: 25 + Math.floor(rnd() * 20) }, () => pick(WORDS)).join(" ");
    const cells = [
      `r${i}`,
      `Claim ${i}: ${pick(NARRATIVES)}`,
      `${words} (${i})`,
      url,
      pick(PLATFORMS),
      pick(LANGUAGES),
      pick(COUNTRIES),
      rnd() < 0.2 ? pick(PERSONS) : "",
      rnd() < 0.1 ? `${pick(OUTLETS)}; ${pick(OUTLETS)}` : "",
      rnd() < 0.3 ? pick(NARRATIVES) : "",
      rnd() < 0.5 ? pick(HANDLES) : "",
      `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}T10:00:00Z`,
      String(Math.floor(rnd() * 100_000)),
      String(Math.floor(rnd() * 1000)),
    ];
    await write(cells.map(csv).join(","));
  }
  out.end();
  await once(out, "finish");
}
