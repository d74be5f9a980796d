/** The part of an annotation that places it in the text. */
export interface AnnotationPlacement {
  id: string;
  quote: string;
  startOffset: number | null;
  endOffset: number | null;
}

export interface TextSegment {
  text: string;
  start: number;
  /** Annotations covering this whole segment; empty for plain text. Overlaps give segments with several ids. */
  annotationIds: string[];
}

export interface Highlighted {
  segments: TextSegment[];
  /** Annotations whose quote could not be found in the text (edited since, or offsets from another version). */
  unplaced: string[];
}

interface Range {
  id: string;
  start: number;
  end: number;
}

/**
 * Where an annotation sits. The quote is the truth: offsets are used when they are in range and select exactly the
 * quote; otherwise the occurrence of the quote nearest to startOffset is used; null when the quote is absent.
 */
export function locateAnnotation(text: string, a: AnnotationPlacement): { start: number; end: number } | null {
  const { startOffset: start, endOffset: end, quote } = a;
  const offsetsValid =
    Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && start! < end! && end! <= text.length;
  if (offsetsValid && (quote === "" || text.slice(start!, end!) === quote)) return { start: start!, end: end! };
  if (!quote) return null;
  const target = Number.isInteger(start) ? start! : 0;
  let best: number | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (best === null || Math.abs(at - target) < Math.abs(best - target)) best = at;
  }
  return best === null ? null : { start: best, end: best + quote.length };
}

/** Splits text at every annotation boundary, so overlapping annotations become adjacent, non-overlapping segments. */
export function highlightAnnotations(text: string, annotations: AnnotationPlacement[]): Highlighted {
  const ranges: Range[] = [];
  const unplaced: string[] = [];
  for (const a of annotations) {
    const at = locateAnnotation(text, a);
    if (at) ranges.push({ id: a.id, ...at });
    else unplaced.push(a.id);
  }
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((x, y) => x - y);
  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const annotationIds = ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.id);
    segments.push({ text: text.slice(from, to), start: from, annotationIds });
  }
  return { segments, unplaced };
}
