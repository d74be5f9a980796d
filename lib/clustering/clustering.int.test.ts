import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../http/errors";
import { logSighting } from "../ingest/log-sighting";
import { logSightingBodySchema } from "../ingest/schemas";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { decideSuggestion } from "./decide-suggestion";
import { runClusterJob } from "./jobs/run-job";
import { claimClusterRun, requestClusterRun } from "./jobs/runs";
import { listSuggestions } from "./list-suggestions";
import { suggestForItem } from "./suggest-for-item";

const SYSTEM = { kind: "system" } as const;
const SCRIPT = "Professor Alan Read says that Macron is a weak leader who betrays France and that the French people must stop paying for a foreign war before the winter comes";
const OTHER = "Jane Doe confirms that the elections in Moldova were stolen by Brussels officials and that the ballots were printed abroad by foreign agents last spring";

/** A word dropped from the script: a re-post with a small edit. */
const variant = (text: string, k: number) => text.split(" ").filter((_, i) => i !== 3 + k).join(" ");

async function log(db: TestDatabase, n: number, text: string, person: string, day: number) {
  const body = logSightingBodySchema.parse({
    item: { kind: "video", title: `Clip ${n}`, text, url: `https://www.youtube.com/watch?v=clip${String(n).padStart(7, "0")}`, persons: [{ name: person, role: "impersonated" }] },
    sighting: { observedAt: `2025-02-${String(day).padStart(2, "0")}T10:00:00Z` },
  });
  return (await logSighting(db.prisma, body, { channel: "api", actor: SYSTEM, onDuplicate: "merge" })).itemId;
}

async function fullRun(db: TestDatabase) {
  const { run } = await requestClusterRun(db.prisma, SYSTEM);
  const claim = await claimClusterRun(db.prisma, run.id);
  expect(claim).not.toBeNull();
  expect(await runClusterJob(db.prisma, claim!)).toBe("completed");
  return run.id;
}

async function expectError(promise: Promise<unknown>, status: number, path?: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(status);
  if (path) expect((error as ApiError).details?.map((d) => d.path)).toContain(path);
}

describe("clustering: run → suggestions → accept/reject → never re-suggested", () => {
  let db: TestDatabase;
  let matryoshka: string;
  const alan: string[] = [];
  const jane: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    matryoshka = (await db.prisma.campaign.create({ data: { name: "Matryoshka", slug: "matryoshka" } })).id;
    for (let k = 0; k < 6; k++) alan.push(await log(db, k, variant(SCRIPT, k), "Alan Read", 3 + k));
    for (let k = 0; k < 4; k++) jane.push(await log(db, 10 + k, variant(OTHER, k), "Jane Doe", 10 + k));
    await log(db, 99, "A cooking video about dumplings with no relation to anything else in this database at all", "Chef Nobody", 20);
    await db.prisma.itemCampaign.createMany({ data: alan.slice(0, 4).map((itemId) => ({ itemId, campaignId: matryoshka, status: "confirmed" as const })) });
  });
  afterAll(async () => db?.destroy());

  it("suggests the unlinked copies to the campaign and the other group as a new campaign, with reasons", async () => {
    await fullRun(db);
    const forCampaign = (await listSuggestions(db.prisma, { campaign: "matryoshka", limit: 20 })).suggestions;
    expect(forCampaign).toHaveLength(1);
    expect(forCampaign[0].members.map((m) => m.itemId).sort()).toEqual(alan.slice(4).sort());
    const details = forCampaign[0].reasons.map((r) => r.detail);
    expect(details).toContain("2 impersonate Alan Read (6 items)");
    expect(details).toContain("2 near-identical texts");
    const candidates = (await listSuggestions(db.prisma, { candidates: "1", limit: 20 })).suggestions;
    expect(candidates).toHaveLength(1);
    expect(candidates[0].members.map((m) => m.itemId).sort()).toEqual([...jane].sort());
    const links = await db.prisma.itemCampaign.findMany({ where: { campaignId: matryoshka }, orderBy: { itemId: "asc" } });
    expect(links.filter((l) => l.status === "confirmed")).toHaveLength(4);
    expect(links.filter((l) => l.status === "suggested").map((l) => l.itemId).sort()).toEqual(alan.slice(4).sort());
  });

  it("accepts one item and rejects the other; campaign counts follow; a new campaign needs a free name", async () => {
    const [s] = (await listSuggestions(db.prisma, { campaign: matryoshka, limit: 20 })).suggestions;
    await expectError(decideSuggestion(db.prisma, s.id, "accept", { itemIds: [jane[0]] }, SYSTEM), 422, "itemIds.0");
    expect(await decideSuggestion(db.prisma, s.id, "accept", { itemIds: [alan[4]] }, SYSTEM)).toMatchObject({ status: "open", left: 1 });
    expect(await decideSuggestion(db.prisma, s.id, "reject", {}, SYSTEM)).toMatchObject({ status: "decided", left: 0 });
    await expectError(decideSuggestion(db.prisma, s.id, "reject", {}, SYSTEM), 409);
    const campaign = await db.prisma.campaign.findUniqueOrThrow({ where: { id: matryoshka } });
    expect(campaign.itemCount).toBe(5);
    const link = (itemId: string) => db.prisma.itemCampaign.findUniqueOrThrow({ where: { itemId_campaignId: { itemId, campaignId: matryoshka } } });
    expect((await link(alan[4])).status).toBe("confirmed");
    expect((await link(alan[5])).status).toBe("rejected");

    const [candidate] = (await listSuggestions(db.prisma, { candidates: "1", limit: 20 })).suggestions;
    await expectError(decideSuggestion(db.prisma, candidate.id, "accept", {}, SYSTEM), 422, "campaignName");
    await expectError(decideSuggestion(db.prisma, candidate.id, "accept", { campaignName: "MATRYOSHKA" }, SYSTEM), 409, "campaignName");
    await decideSuggestion(db.prisma, candidate.id, "reject", {}, SYSTEM);
    expect(await db.prisma.rejectedItemPair.count()).toBe(6);
    const audit = await db.prisma.auditEvent.findMany({ where: { entityType: { in: ["cluster_suggestion", "item_campaign"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["clustering.suggestion.accept", "clustering.suggestion.reject", "clustering.suggestion.reject", "link.confirm", "link.reject"]);
  });

  it("a re-run never suggests a rejected link or pair again and leaves confirmed links alone", async () => {
    const before = await db.prisma.itemCampaign.findMany({ where: { status: { not: "suggested" } }, orderBy: [{ itemId: "asc" }] });
    await fullRun(db);
    expect((await listSuggestions(db.prisma, { campaign: matryoshka, limit: 20 })).suggestions).toHaveLength(0);
    expect((await listSuggestions(db.prisma, { candidates: "1", limit: 20 })).suggestions).toHaveLength(0);
    const after = await db.prisma.itemCampaign.findMany({ where: { status: { not: "suggested" } }, orderBy: [{ itemId: "asc" }] });
    expect(after).toEqual(before);
    expect(await db.prisma.clusterSuggestion.count({ where: { status: "superseded" } })).toBe(0);
  });

  it("a newly logged copy gets its campaign suggestion at once, with reasons", async () => {
    const itemId = await log(db, 50, variant(SCRIPT, 7), "Alan Read", 9);
    await suggestForItem(db.prisma, itemId, SYSTEM);
    const [s] = (await listSuggestions(db.prisma, { item: itemId, limit: 3 })).suggestions;
    expect(s.campaign?.name).toBe("Matryoshka");
    expect(s.score).toBeGreaterThan(0.8);
    expect(s.members[0].reasons.map((r) => r.detail)).toEqual(expect.arrayContaining(["impersonates Alan Read", "near-identical text to 5 items"]));
    // A full run supersedes it; the copy is suggested again by the run.
    await fullRun(db);
    const again = (await listSuggestions(db.prisma, { item: itemId, limit: 3 })).suggestions;
    expect(again).toHaveLength(1);
    expect(again[0].runId).not.toBeNull();
  });
});
