/** Lenient readings of spreadsheet cells for enum and count fields; anything unrecognised is passed on for zod to name. */
export function enumToken(value: string): string {
  return value.trim().toLowerCase().replace(/[\s\-/]+/g, "_");
}

const KIND_ALIASES: Record<string, string> = {
  tweet: "post",
  toot: "post",
  reel: "video",
  short: "video",
  clip: "video",
  photo: "image",
  picture: "image",
  meme: "image",
  voice: "audio",
  podcast: "audio",
  news: "article",
  site: "website",
  web_page: "website",
  webpage: "website",
  mail: "email",
  e_mail: "email",
};

export function kindToken(value: string): string {
  const token = enumToken(value);
  return KIND_ALIASES[token] ?? token;
}

/** "1,200", "1 200", "3.4k", "2M" → a whole number; anything else is returned as-is for validation to name. */
export function countValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim().replace(/[\s,\u00a0\u202f']/g, "");
  const suffixed = /^(\d+(?:\.\d+)?)([kmb])$/i.exec(text);
  if (suffixed) {
    const factor = { k: 1e3, m: 1e6, b: 1e9 }[suffixed[2].toLowerCase() as "k" | "m" | "b"];
    return Math.round(Number(suffixed[1]) * factor);
  }
  return text;
}
