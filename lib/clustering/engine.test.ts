import { describe, expect, it } from "vitest";
import { registrableDomain } from "./domains";
import { runClustering } from "./engine";
import { copyOf, fixtureInput, fixtureItem } from "./fixtures";
import { scoreClustering } from "./metrics";

const OTHER = "Jane Doe confirms that the elections in Moldova were stolen by Brussels officials and that the ballots were printed abroad by foreign agents last spring";
const labels = new Map([["alan", "Alan Read"], ["jane", "Jane Doe"], ["acc", "@truth_daily (telegram)"], ["m", "Matryoshka"]]);

/** Six copies impersonating Alan Read (four confirmed in Matryoshka), four of another script, one unrelated item. */
function corpus() {
  const t = Date.UTC(2025, 1, 3);
  const items = [
    ...Array.from({ length: 6 }, (_, k) => fixtureItem(`a${k}`, { text: copyOf(k), persons: ["alan"], accounts: k % 2 ? ["acc"] : [], firstSeenAt: t + k * 3_600_000 })),
    ...Array.from({ length: 4 }, (_, k) => fixtureItem(`j${k}`, { text: copyOf(k, OTHER), persons: ["jane"] })),
    fixtureItem("z", { text: "A cooking video about dumplings and nothing else whatsoever in this whole long text" }),
  ];
  const confirmed = ["a0", "a1", "a2", "a3"].map((itemId) => ({ itemId, campaignId: "m" }));
  return fixtureInput(items, { confirmed, labels });
}

describe("runClustering — suggestions", () => {
  it("proposes the unlinked copies to the campaign and the other group as a new campaign, with checkable reasons", () => {
    const { suggestions } = runClustering(corpus());
    const toCampaign = suggestions.find((s) => s.campaignId === "m")!;
    expect(toCampaign.members.map((m) => m.itemId).sort()).toEqual(["a4", "a5"]);
    expect(toCampaign.score).toBeGreaterThan(0.9);
    expect(toCampaign.reasons.map((r) => r.detail)).toEqual(
      expect.arrayContaining(["2 impersonate Alan Read (6 items)", "2 near-identical texts", "1 posted by the same 1 account", "2 first seen within 3 days of a related item"]),
    );
    expect(toCampaign.members.find((m) => m.itemId === "a5")!.reasons.map((r) => r.detail)).toContain("posted by the same account @truth_daily (telegram) (3 items)");
    const candidate = suggestions.find((s) => s.campaignId === null)!;
    expect(candidate.members.map((m) => m.itemId).sort()).toEqual(["j0", "j1", "j2", "j3"]);
    expect(candidate.reasons[0].detail).toBe("4 near-identical texts");
    expect(suggestions.flatMap((s) => s.members.map((m) => m.itemId))).not.toContain("z");
  });

  it("never proposes confirmed items, rejected links or rejected pairs", () => {
    const input = corpus();
    const { suggestions } = runClustering({
      ...input,
      rejectedLinks: [{ itemId: "a4", campaignId: "m" }],
      rejectedPairs: [["j0", "j1"], ["j0", "j2"], ["j0", "j3"]],
    });
    const members = suggestions.flatMap((s) => s.members.map((m) => m.itemId));
    expect(members).not.toContain("a4");
    expect(members.filter((id) => ["a0", "a1", "a2", "a3"].includes(id))).toEqual([]);
    const candidate = suggestions.find((s) => s.campaignId === null)!;
    expect(candidate.members.map((m) => m.itemId).sort()).toEqual(["j1", "j2", "j3"]);
  });

  it("is deterministic for a given input", () => {
    expect(runClustering(corpus()).suggestions).toEqual(runClustering(corpus()).suggestions);
    expect(Array.from(runClustering(corpus()).communityOf)).toEqual(Array.from(runClustering(corpus()).communityOf));
  });
});

describe("registrable domains", () => {
  it("is public-suffix aware and ignores platforms", () => {
    expect(registrableDomain("https://news.example.co.uk/a")).toBe("example.co.uk");
    expect(registrableDomain("https://www.spiegel.ltd/politik")).toBe("spiegel.ltd");
    expect(registrableDomain("https://m.youtube.com/watch?v=x")).toBeNull();
    expect(registrableDomain("https://t.me/channel/1")).toBeNull();
    expect(registrableDomain("https://fake-news.blogspot.com/p")).toBe("fake-news.blogspot.com");
  });
});

describe("pairwise scores", () => {
  it("gives 1 for a perfect clustering and penalises merging and splitting", () => {
    expect(scoreClustering([0, 0, 1, 1], [5, 5, 7, 7])).toMatchObject({ precision: 1, recall: 1, f1: 1, ari: 1 });
    const merged = scoreClustering([0, 0, 1, 1], [1, 1, 1, 1]);
    expect(merged.recall).toBe(1);
    expect(merged.precision).toBeCloseTo(2 / 6);
    const split = scoreClustering([0, 0, 0, 0], [0, 0, 1, 1]);
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo(2 / 6);
  });
});
