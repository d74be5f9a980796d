import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, highlightTerms, queryTerms, segmentsFromMarked } from "./segments";

describe("segmentsFromMarked", () => {
  it("splits ts_headline output on the control-character markers", () => {
    expect(segmentsFromMarked(`Die ${MARK_START}Regierung${MARK_END} hat ${MARK_START}Regierungen${MARK_END}`)).toEqual([
      { text: "Die ", hit: false },
      { text: "Regierung", hit: true },
      { text: " hat ", hit: false },
      { text: "Regierungen", hit: true },
    ]);
  });

  it("keeps markup as plain text and merges adjacent hits", () => {
    expect(segmentsFromMarked(`<b>${MARK_START}a${MARK_END}${MARK_START}b${MARK_END}</b>`)).toEqual([
      { text: "<b>", hit: false },
      { text: "ab", hit: true },
      { text: "</b>", hit: false },
    ]);
  });

  it("gives nothing for an empty string", () => {
    expect(segmentsFromMarked("")).toEqual([]);
  });
});

describe("highlightTerms", () => {
  it("marks every word of the query, case-insensitively, keeping the original case", () => {
    expect(highlightTerms("Alan Read, KCL", "read alan")).toEqual([
      { text: "Alan", hit: true },
      { text: " ", hit: false },
      { text: "Read", hit: true },
      { text: ", KCL", hit: false },
    ]);
  });

  it("treats regex and SQL metacharacters literally", () => {
    expect(highlightTerms("50% off (a.b)*", "% (a.b)*")).toEqual([
      { text: "50", hit: false },
      { text: "%", hit: true },
      { text: " off ", hit: false },
      { text: "(a.b)*", hit: true },
    ]);
    expect(highlightTerms("abc", ".*")).toEqual([{ text: "abc", hit: false }]);
  });

  it("matches a handle without its @ and a partial URL", () => {
    expect(highlightTerms("demo_relay", "@demo")).toEqual([
      { text: "demo", hit: true },
      { text: "_relay", hit: false },
    ]);
    expect(highlightTerms("https://t.me/chan-nel/42", "t.me/chan-nel/4")[1]).toEqual({ text: "t.me/chan-nel/4", hit: true });
  });

  it("highlights nothing when no word occurs (a typo found by similarity)", () => {
    expect(highlightTerms("Alan Read", "Raed")).toEqual([{ text: "Alan Read", hit: false }]);
    expect(highlightTerms("", "x")).toEqual([]);
  });

  it("drops operators and quotes from the terms", () => {
    expect(queryTerms('"alan read" or -macron @x')).toEqual(["macron", "alan", "read", "x"]);
  });
});

describe("stand-ins for <, > and &", () => {
  it("are turned back into the characters they stand for", () => {
    expect(segmentsFromMarked(`\u0004b\u0005 ${MARK_START}x\u0006y${MARK_END}`)).toEqual([
      { text: "<b> ", hit: false },
      { text: "x&y", hit: true },
    ]);
  });
});
