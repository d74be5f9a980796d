/** Hashtags of a text, lower case, without "#", each once ("#KochFarms" and "#kochfarms" are one). */
const HASHTAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

export function hashtagsOf(...texts: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const text of texts) if (text) for (const m of text.matchAll(HASHTAG)) out.add(m[1].toLowerCase());
  return [...out];
}
