import { describe, expect, it } from "vitest";
import { recomputeSuggestion } from "./recompute-suggestion";
import type { Reason } from "./types";

const r = (signal: Reason["signal"], detail: string): Reason => ({ signal, count: 1, detail });

describe("recomputeSuggestion", () => {
  it("counts each signal once per open item, names the commonest detail, keeps the engine's order and averages scores", () => {
    const out = recomputeSuggestion(
      [
        { score: 0.9, reasons: [r("same_domain", "on spiegel.ltd"), r("same_person", "impersonates Alan Read")] },
        { score: 0.6, reasons: [r("same_person", "impersonates Alan Read"), r("same_person", "impersonates Alan Read")] },
        { score: 0.3, reasons: [r("same_person", "impersonates Jane Doe")] },
      ],
      [r("same_person", "9 impersonate Alan Read"), r("same_domain", "4 on spiegel.ltd")],
    );
    expect(out).toEqual({
      score: 0.6,
      itemCount: 3,
      reasons: [
        { signal: "same_person", count: 3, detail: "3 items: impersonates Alan Read (and 1 other detail)" },
        { signal: "same_domain", count: 1, detail: "1 item: on spiegel.ltd" },
      ],
    });
  });

  it("has nothing to say about no items", () => {
    expect(recomputeSuggestion([], [])).toEqual({ score: 0, reasons: [], itemCount: 0 });
  });
});
