import { describe, expect, it } from "vitest";
import { syntheticGroundTruth } from "./ground-truth";
import { generateItem } from "./items";
import { buildWorld, campaignCount } from "./world";

describe("synthetic generator", () => {
  it("is deterministic for (n, seed) and changes with the seed", () => {
    const a = syntheticGroundTruth(400, 42);
    expect(syntheticGroundTruth(400, 42)).toEqual(a);
    const b = syntheticGroundTruth(400, 7);
    expect(b.items.map((i) => i.canonicalUrl)).not.toEqual(a.items.map((i) => i.canonicalUrl));
    expect(new Set(a.items.map((i) => i.canonicalUrl)).size).toBe(400);
    expect(a.items.every((i) => i.canonicalUrl.startsWith("https://synthetic.sightline.test/42-400/"))).toBe(true);
    expect(a.campaigns.every((c) => c.slug.startsWith("syn-"))).toBe(true);
  });

  it("has campaign items (≈70% linked), decoys and noise, and ≈3 sightings per item", () => {
    const world = buildWorld(3000, 42);
    const items = Array.from({ length: 3000 }, (_, i) => generateItem(world, i));
    const campaignItems = items.filter((i) => i.role === "campaign");
    expect(campaignItems.length / items.length).toBeGreaterThan(0.7);
    expect(items.some((i) => i.role === "decoy")).toBe(true);
    expect(items.some((i) => i.role === "noise")).toBe(true);
    const linkedShare = campaignItems.filter((i) => i.linked).length / campaignItems.length;
    expect(linkedShare).toBeGreaterThan(0.65);
    expect(linkedShare).toBeLessThan(0.75);
    const sightings = items.reduce((sum, i) => sum + i.sightings.length, 0) / items.length;
    expect(sightings).toBeGreaterThan(2.5);
    expect(sightings).toBeLessThan(4);
    expect(new Set(items.map((i) => i.language)).size).toBe(8);
    for (const item of items) if (item.marker) expect(item.text.slice(item.marker.startOffset, item.marker.endOffset)).toBe(item.marker.quote);
  });

  it("scales campaigns with the corpus and keeps campaign k the same whatever n is", () => {
    expect(campaignCount(500)).toBe(4);
    expect(campaignCount(100_000)).toBe(50);
    expect(campaignCount(10_000_000)).toBe(60);
    expect(buildWorld(100_000, 42).campaigns[2]).toEqual(buildWorld(500, 42).campaigns[2]);
  });
});
