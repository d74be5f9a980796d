import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../audit/record-audit";
import { listCampaignsPage } from "../campaigns/list-campaigns";
import { campaignsListQuerySchema } from "../campaigns/list-schema";
import { ApiError } from "../http/errors";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { decideSuggestion } from "./decide-suggestion";
import { listRecentDecisions } from "./list-decisions";
import { listSuggestionItems, listSuggestions } from "./list-suggestions";
import { saveSuggestions } from "./save-suggestions";
import type { Reason, Suggestion } from "./types";
import { undoDecision } from "./undo-decision";

const person: Reason = { signal: "same_person", count: 3, detail: "impersonates Alan Read" };
const account: Reason = { signal: "same_account", count: 1, detail: "posted by @relay" };

async function expectError(promise: Promise<unknown>, status: number, code?: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(status);
  if (code) expect((error as ApiError).code).toBe(code);
}

describe("suggestion decisions: recompute after a partial decision, undo for a while", () => {
  let db: TestDatabase;
  let campaignId: string;
  let ana: Actor;
  let bob: Actor;
  const items: string[] = [];
  let addition: string;
  let candidate: string;
  const link = (itemId: string, campaign = campaignId) =>
    db.prisma.itemCampaign.findUnique({ where: { itemId_campaignId: { itemId, campaignId: campaign } } });

  beforeAll(async () => {
    db = await createTestDatabase();
    ana = { kind: "user", userId: (await db.prisma.user.create({ data: { email: "ana@example.org", name: "Ana", role: "fact_checker" } })).id };
    bob = { kind: "user", userId: (await db.prisma.user.create({ data: { email: "bob@example.org", name: "Bob", role: "fact_checker" } })).id };
    campaignId = (await db.prisma.campaign.create({ data: { name: "Matryoshka", slug: "matryoshka" } })).id;
    for (let k = 0; k < 8; k++) items.push((await db.prisma.item.create({ data: { kind: "video", title: `Clip ${k}` } })).id);
    const suggestions: Suggestion[] = [
      {
        campaignId, score: 0.7, reasons: [{ signal: "same_person", count: 4, detail: "4 impersonate Alan Read" }, { signal: "same_account", count: 2, detail: "2 posted by the same 1 account" }],
        members: [
          { itemId: items[0], score: 0.9, reasons: [person, account] },
          { itemId: items[1], score: 0.8, reasons: [person, account] },
          { itemId: items[2], score: 0.6, reasons: [person] },
          { itemId: items[3], score: 0.5, reasons: [person] },
        ],
      },
      {
        campaignId: null, score: 0.6, reasons: [{ signal: "near_identical_text", count: 4, detail: "4 near-identical texts" }],
        members: items.slice(4).map((itemId, k) => ({ itemId, score: 0.6, reasons: [{ signal: "near_identical_text", count: 3 - k, detail: "near-identical text to 3 items" }] })),
      },
    ];
    await db.prisma.$transaction((tx) => saveSuggestions(tx, null, suggestions));
    const open = (await listSuggestions(db.prisma, { open: "1" })).suggestions;
    addition = open.find((s) => s.campaign)!.id;
    candidate = open.find((s) => !s.campaign)!.id;
  });
  afterAll(async () => db?.destroy());

  it("recomputes score, reasons and size from the items still open after accepting one and rejecting another", async () => {
    await decideSuggestion(db.prisma, addition, "accept", { itemIds: [items[0]] }, ana);
    await decideSuggestion(db.prisma, addition, "reject", { itemIds: [items[1]] }, ana);
    const s = await db.prisma.clusterSuggestion.findUniqueOrThrow({ where: { id: addition } });
    expect(s.status).toBe("open");
    expect(s.itemCount).toBe(2);
    expect(s.score).toBe(0.55);
    // The account was shared only by the two decided items: its reason is gone; the person's counts the open two.
    expect(s.reasons).toEqual([{ signal: "same_person", count: 2, detail: "2 items: impersonates Alan Read" }]);
    const [listed] = (await listSuggestions(db.prisma, { campaign: "matryoshka" })).suggestions;
    expect(listed.openCount).toBe(2);
    expect(listed.members.map((m) => m.itemId)).toEqual([items[2], items[3]]);
    expect((await link(items[0]))?.status).toBe("confirmed");
    expect((await link(items[1]))?.status).toBe("rejected");
    // The campaigns list counts the open suggested items, filters and sorts by them.
    const pending = await listCampaignsPage(campaignsListQuerySchema.parse({ pending: "true", sort: "pending" }), db.prisma);
    expect(pending.campaigns.map((c) => [c.slug, c.pendingCount])).toEqual([["matryoshka", 2]]);
  });

  it("undoes the later decision first, refuses the earlier one while a later one stands, and restores the original suggestion", async () => {
    const [rejectOne, acceptOne] = (await listRecentDecisions(db.prisma, { userId: ana.kind === "user" ? ana.userId : "", mayUndoOthers: false })).decisions;
    expect(rejectOne.decision).toBe("reject");
    expect([rejectOne.undoable, acceptOne.undoable]).toEqual([true, false]);
    await expectError(undoDecision(db.prisma, acceptOne.id, ana, false), 409, "cannot_undo");
    await expectError(undoDecision(db.prisma, rejectOne.id, bob, false), 403);
    await undoDecision(db.prisma, rejectOne.id, ana, false);
    expect((await link(items[1]))?.status).toBe("suggested");
    await expectError(undoDecision(db.prisma, rejectOne.id, ana, false), 409, "cannot_undo");
    // An admin may undo someone else's decision.
    await undoDecision(db.prisma, acceptOne.id, bob, true);
    const restored = await link(items[0]);
    expect(restored?.status).toBe("suggested");
    expect(restored?.decidedById).toBeNull();
    const s = await db.prisma.clusterSuggestion.findUniqueOrThrow({ where: { id: addition } });
    expect({ status: s.status, itemCount: s.itemCount, score: s.score }).toEqual({ status: "open", itemCount: 4, score: 0.7 });
    expect((s.reasons as unknown as Reason[]).map((r) => r.detail)).toEqual(["4 impersonate Alan Read", "2 posted by the same 1 account"]);
    expect((await listSuggestionItems(db.prisma, addition, 1)).total).toBe(4);
    const audit = await db.prisma.auditEvent.findMany({ where: { action: { in: ["clustering.suggestion.undo", "link.undo"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["clustering.suggestion.undo", "clustering.suggestion.undo", "link.undo", "link.undo"]);
    const records = await db.prisma.suggestionDecision.findMany({ where: { suggestionId: addition } });
    expect(records.every((r) => r.undoneAt !== null)).toBe(true);
  });

  it("lifts the item pairs of a rejected candidate and no others", async () => {
    await db.prisma.rejectedItemPair.create({ data: { itemAId: items[4] < items[5] ? items[4] : items[5], itemBId: items[4] < items[5] ? items[5] : items[4] } });
    const { decisionId } = await decideSuggestion(db.prisma, candidate, "reject", {}, ana);
    expect(await db.prisma.rejectedItemPair.count()).toBe(6);
    const result = await undoDecision(db.prisma, decisionId, ana, false);
    expect(result.liftedPairs).toBe(5);
    expect(await db.prisma.rejectedItemPair.count()).toBe(1);
    expect((await db.prisma.clusterSuggestion.findUniqueOrThrow({ where: { id: candidate } })).status).toBe("open");
  });

  it("undoing the accept of a candidate soft-deletes the campaign it created and keeps its links as suggestions", async () => {
    const { decisionId, campaignId: created } = await decideSuggestion(db.prisma, candidate, "accept", { itemIds: [items[4]], campaignName: "Doppelganger" }, ana);
    expect((await db.prisma.clusterSuggestion.findUniqueOrThrow({ where: { id: candidate } })).campaignId).toBe(created);
    await undoDecision(db.prisma, decisionId, ana, false);
    const campaign = await db.prisma.campaign.findUniqueOrThrow({ where: { id: created! } });
    expect(campaign.deletedAt).not.toBeNull();
    expect((await link(items[4], created!))?.status).toBe("suggested");
    const s = await db.prisma.clusterSuggestion.findUniqueOrThrow({ where: { id: candidate } });
    expect({ campaignId: s.campaignId, status: s.status, itemCount: s.itemCount }).toEqual({ campaignId: null, status: "open", itemCount: 4 });
  });

  it("refuses after the window or once a clustering run finished since", async () => {
    const late = await decideSuggestion(db.prisma, addition, "accept", { itemIds: [items[3]] }, ana);
    await db.prisma.suggestionDecision.update({ where: { id: late.decisionId }, data: { decidedAt: new Date(Date.now() - 11 * 60_000) } });
    await expectError(undoDecision(db.prisma, late.decisionId, ana, false), 409, "cannot_undo");
    const fresh = await decideSuggestion(db.prisma, addition, "reject", { itemIds: [items[2]] }, ana);
    await db.prisma.clusterRun.create({ data: { status: "completed", finishedAt: new Date(Date.now() + 1000) } });
    await expectError(undoDecision(db.prisma, fresh.decisionId, ana, false), 409, "cannot_undo");
    expect((await link(items[2]))?.status).toBe("rejected");
  });
});
