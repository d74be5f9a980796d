import type { Segment } from "@/lib/search/schemas";

/** Segments from the search API as text, matches in <mark>: user text is never parsed as HTML. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
