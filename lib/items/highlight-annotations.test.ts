import { describe, expect, it } from "vitest";
import { highlightAnnotations, locateAnnotation } from "./highlight-annotations";

const text = "Polacy, nadszedł czas wyjścia z Unii. Decyzja należy do was.";
const at = (quote: string) => text.indexOf(quote);

describe("locateAnnotation", () => {
  it("uses offsets that select the quote", () => {
    const start = at("nadszedł czas");
    expect(locateAnnotation(text, { id: "a", quote: "nadszedł czas", startOffset: start, endOffset: start + 13 })).toEqual({
      start,
      end: start + 13,
    });
  });

  it("falls back to finding the quote when offsets are out of range or disagree", () => {
    const start = at("Decyzja");
    expect(locateAnnotation(text, { id: "a", quote: "Decyzja", startOffset: 500, endOffset: 507 })).toEqual({
      start,
      end: start + 7,
    });
    expect(locateAnnotation(text, { id: "a", quote: "Decyzja", startOffset: 2, endOffset: 9 })?.start).toBe(start);
    expect(locateAnnotation(text, { id: "a", quote: "Decyzja", startOffset: null, endOffset: null })?.start).toBe(start);
    expect(locateAnnotation(text, { id: "a", quote: "Decyzja", startOffset: -4, endOffset: 3 })?.start).toBe(start);
  });

  it("picks the occurrence nearest to the start offset", () => {
    const repeated = "do was, do was, do was";
    expect(locateAnnotation(repeated, { id: "a", quote: "do was", startOffset: 15, endOffset: 99 })?.start).toBe(16);
  });

  it("returns null when the quote is absent", () => {
    expect(locateAnnotation(text, { id: "a", quote: "nie ma", startOffset: 0, endOffset: 3 })).toBeNull();
  });
});

describe("highlightAnnotations", () => {
  it("returns the text as one plain segment without annotations", () => {
    expect(highlightAnnotations(text, [])).toEqual({ segments: [{ text, start: 0, annotationIds: [] }], unplaced: [] });
  });

  it("splits overlapping annotations into non-overlapping segments that rebuild the text", () => {
    const a = { id: "a", quote: "nadszedł czas wyjścia", startOffset: at("nadszedł"), endOffset: at("nadszedł") + 21 };
    const b = { id: "b", quote: "czas wyjścia z Unii", startOffset: at("czas"), endOffset: at("czas") + 19 };
    const { segments, unplaced } = highlightAnnotations(text, [a, b]);
    expect(unplaced).toEqual([]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.annotationIds.length).map((s) => [s.text, s.annotationIds])).toEqual([
      ["nadszedł ", ["a"]],
      ["czas wyjścia", ["a", "b"]],
      [" z Unii", ["b"]],
    ]);
  });

  it("handles nested annotations, annotations at the edges, and unplaced ones", () => {
    const whole = { id: "w", quote: text, startOffset: 0, endOffset: text.length };
    const first = { id: "f", quote: "Polacy", startOffset: 0, endOffset: 6 };
    const gone = { id: "g", quote: "not in the text", startOffset: 1, endOffset: 9999 };
    const { segments, unplaced } = highlightAnnotations(text, [whole, first, gone]);
    expect(unplaced).toEqual(["g"]);
    expect(segments[0]).toEqual({ text: "Polacy", start: 0, annotationIds: ["w", "f"] });
    expect(segments[1].annotationIds).toEqual(["w"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("keeps markup in the text as plain characters", () => {
    const html = 'Click <script>alert("x")</script> now';
    const { segments } = highlightAnnotations(html, [{ id: "s", quote: "<script>", startOffset: null, endOffset: null }]);
    expect(segments.map((s) => s.text)).toEqual(["Click ", "<script>", 'alert("x")</script> now']);
  });

  it("returns no segments for empty text", () => {
    expect(highlightAnnotations("", [{ id: "a", quote: "x", startOffset: 0, endOffset: 1 }])).toEqual({
      segments: [],
      unplaced: ["a"],
    });
  });
});
