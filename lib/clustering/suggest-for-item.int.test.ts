import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textFingerprint } from "../ingest/fingerprint";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { copyOf, SCRIPT } from "./fixtures";
import { computeItemSuggestions } from "./suggest-for-item";
import { NEIGHBOUR_CAP, SCAN_CAP } from "./weights";

/**
 * A "template" text: hundreds of unconfirmed copies were stored before the few that fact-checkers confirmed in a
 * campaign. Reading the first NEIGHBOUR_CAP text matches and only then looking for campaign members (the previous
 * lookup) found none of them; the capped walk keeps going until it meets campaign members.
 */
describe("incremental suggestions for a template text shared by hundreds of items", () => {
  let db: TestDatabase;
  let campaignId: string;
  const unconfirmed = NEIGHBOUR_CAP * 3;
  const item = async (text: string, n: number) => {
    const { minhash, bands } = textFingerprint(`Clip ${n}`, text);
    return (await db.prisma.item.create({ data: { kind: "post", title: `Clip ${n}`, text, textMinhash: minhash, lshBands: bands } })).id;
  };

  beforeAll(async () => {
    expect(unconfirmed + 10).toBeLessThan(SCAN_CAP);
    db = await createTestDatabase();
    campaignId = (await db.prisma.campaign.create({ data: { name: "Template op", slug: "template-op" } })).id;
    const rows = Array.from({ length: unconfirmed }, (_, n) => {
      const { minhash, bands } = textFingerprint(`Clip ${n}`, SCRIPT);
      return { kind: "post" as const, title: `Clip ${n}`, text: SCRIPT, textMinhash: minhash, lshBands: bands };
    });
    await db.prisma.item.createMany({ data: rows });
    for (let k = 0; k < 4; k++) {
      const id = await item(copyOf(k), 1000 + k);
      await db.prisma.itemCampaign.create({ data: { itemId: id, campaignId, status: "confirmed" } });
    }
  });
  afterAll(async () => db?.destroy());

  it("still suggests the campaign of the confirmed copies, with the text reason", async () => {
    const id = await item(copyOf(6), 2000);
    const [top, ...rest] = await computeItemSuggestions(db.prisma, id);
    expect(rest).toHaveLength(0);
    expect(top.campaignId).toBe(campaignId);
    expect(top.score).toBeGreaterThan(0.8);
    expect(top.reasons).toHaveLength(1);
    expect(top.reasons[0]).toMatchObject({ signal: "near_identical_text", detail: `near-identical text to ${top.reasons[0].count} items` });
    expect(top.reasons[0].count).toBeGreaterThanOrEqual(3);
  });

  it("suggests nothing for an unrelated text", async () => {
    const id = await item("A cooking video about dumplings with no relation to anything else in this database at all", 3000);
    expect(await computeItemSuggestions(db.prisma, id)).toEqual([]);
  });
});
