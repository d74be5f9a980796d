import type { Segment } from "./schemas";

/**
 * Highlight markers the database puts around matches (ts_headline's StartSel/StopSel). Control characters, stripped
 * from the stored text before highlighting, so user text can never fake a highlight, and no markup ever travels.
 */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/**
 * PostgreSQL's text-search parser reads `<…>` as an HTML tag and `&…;` as an entity, and ts_headline drops tags
 * from its output: a stored `<script>` payload would vanish from the snippet. So <, > and & travel through
 * ts_headline as these stand-ins and are put back here — the snippet shows the text as stored, as text.
 */
const STAND_INS: Record<string, string> = { "\u0004": "<", "\u0005": ">", "\u0006": "&" };
/** translate() arguments: <>& become the stand-ins, and any stored marker or stand-in character is removed. */
export const HEADLINE_FROM = `<>&${MARK_START}${MARK_END}\u0004\u0005\u0006`;
export const HEADLINE_TO = "\u0004\u0005\u0006";

/** ts_headline output with MARK_START…MARK_END around matches → segments; adjacent runs of one kind merged. */
export function segmentsFromMarked(marked: string): Segment[] {
  const segments: Segment[] = [];
  let hit = false;
  let buffer = "";
  const flush = () => {
    if (buffer) push(segments, buffer, hit);
    buffer = "";
  };
  for (const char of marked) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      hit = char === MARK_START;
    } else buffer += STAND_INS[char] ?? char;
  }
  flush();
  return segments;
}

const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|]/g;

/** The words of a query worth highlighting in a name or URL: quotes, operators and a leading @ dropped. */
export function queryTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[\s"]+/)
    .map((w) => w.replace(/^[-@]+/, ""))
    .filter((w) => w.length > 0 && w !== "or");
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * Case-insensitive occurrences of the query's words in `text` as segments (names, handles, URLs — matched by
 * trigram or substring in SQL; a typo that matched by similarity alone highlights nothing).
 */
export function highlightTerms(text: string, query: string): Segment[] {
  const terms = queryTerms(query);
  if (terms.length === 0 || text === "") return text ? [{ text, hit: false }] : [];
  const pattern = new RegExp(terms.map((t) => t.replace(REGEX_SPECIAL, "\\$&")).join("|"), "giu");
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === "") continue;
    if (match.index > last) push(segments, text.slice(last, match.index), false);
    push(segments, match[0], true);
    last = match.index + match[0].length;
  }
  if (last < text.length) push(segments, text.slice(last), false);
  return segments;
}

export function hasHit(segments: Segment[] | null): boolean {
  return Boolean(segments?.some((s) => s.hit));
}

function push(segments: Segment[], text: string, hit: boolean) {
  const previous = segments.at(-1);
  if (previous && previous.hit === hit) previous.text += text;
  else segments.push({ text, hit });
}
