import type { Segment } from "./schemas";
import { hasHit, highlightTerms } from "./segments";

/** Where a party without a page of its own opens: the items list searched for its name. */
export function itemsHref(text: string): string {
  return `/items?${new URLSearchParams({ q: text })}`;
}

/** "also: Operation Overload · Storm-1679" when an alias is what matched, else nothing. */
export function aliasesSnippet(aliases: string[], q: string): Segment[] | null {
  if (aliases.length === 0) return null;
  const segments = highlightTerms(aliases.join(" · "), q);
  return hasHit(segments) ? [{ text: "also ", hit: false }, ...segments] : null;
}

/** A long text cut to about `max` characters around its first highlighted run. */
export function excerpt(segments: Segment[], max = 160): Segment[] {
  const total = segments.reduce((n, s) => n + s.text.length, 0);
  if (total <= max) return segments;
  let offset = 0;
  const first = segments.find((s) => {
    if (s.hit) return true;
    offset += s.text.length;
    return false;
  });
  const start = first ? Math.max(0, offset - Math.floor(max / 3)) : 0;
  const end = start + max;
  const out: Segment[] = [];
  let position = 0;
  for (const segment of segments) {
    const from = Math.max(start, position);
    const to = Math.min(end, position + segment.text.length);
    if (to > from) out.push({ text: segment.text.slice(from - position, to - position), hit: segment.hit });
    position += segment.text.length;
  }
  if (start > 0) out.unshift({ text: "…", hit: false });
  if (end < total) out.push({ text: "…", hit: false });
  return out;
}
