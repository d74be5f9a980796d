import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../audit/record-audit";
import type { Principal } from "../auth/principal";
import { loadDisarm } from "../disarm/load";
import { logSighting } from "../ingest/log-sighting";
import { logSightingBodySchema } from "../ingest/schemas";
import { setItemDeleted } from "../items/soft-delete-item";
import { updateItem } from "../items/update-item";
import { updateItemBodySchema } from "../items/update-item-schema";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { campaignService } from "./campaign-store";
import { getCampaign } from "./get-campaign";
import { listCampaignsPage } from "./list-campaigns";
import { campaignsListQuerySchema } from "./list-schema";
import { mergeCampaigns } from "./merge-campaigns";
import { createCampaignBodySchema, mergeCampaignBodySchema, splitCampaignBodySchema, updateCampaignBodySchema, type CreateCampaignInput } from "./schemas";
import { splitCampaign } from "./split-campaign";
import { rejection } from "../testing/rejection";

describe("campaigns: create, edit, conflicts, merge, split, bad input", () => {
  let database: TestDatabase;
  let principal: Principal;
  let actor: Actor;
  const create = (input: CreateCampaignInput) => campaignService.create(database.prisma, createCampaignBodySchema.parse(input), principal);
  const audits = (entityId: string) => database.prisma.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });
  const links = (campaignId: string) =>
    database.prisma.itemCampaign.findMany({ where: { campaignId }, orderBy: { itemId: "asc" }, select: { itemId: true, status: true, confidence: true } });

  async function logItem(title: string, campaign: string, extra: { language?: string; targetCountries?: string[]; observedAt?: string } = {}) {
    const input = logSightingBodySchema.parse({
      item: { kind: "video", title, url: `https://example.org/${encodeURIComponent(title)}`, campaign, language: extra.language, targetCountries: extra.targetCountries ?? [] },
      sighting: { observedAt: extra.observedAt ?? "2025-01-10T08:00:00Z", views: 10 },
    });
    return (await logSighting(database.prisma, input, { channel: "form", actor, onDuplicate: "reject" })).itemId;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await loadDisarm(database.prisma);
    const user = await database.prisma.user.create({ data: { email: "fc@example.test", name: "Fiona Checker", role: "fact_checker" } });
    principal = { kind: "session", userId: user.id, role: "fact_checker", scope: "write" } as unknown as Principal;
    actor = { kind: "user", userId: user.id };
  });
  afterAll(async () => database?.destroy());

  it("creates a campaign with techniques, sources and a new threat actor, audited", async () => {
    const created = await create({
      name: "Matryoshka",
      aliases: ["Operation Overload"],
      description: "<script>alert(1)</script> stays text",
      originCountry: "ru",
      targetCountries: ["FR", "pl", "FR"],
      techniques: ["T0087.001", "T0088.001"],
      sources: [{ title: "Operation Overload report", url: "https://example.org/report" }, { title: "A note without a link" }],
      newThreatActor: { name: "Social Design Agency", country: "RU" },
    });
    expect(created).toMatchObject({ slug: "matryoshka", originCountry: "RU", targetCountries: ["FR", "PL"], techniques: ["T0087.001", "T0088.001"], version: 1 });
    expect(created.sourceIds).toHaveLength(2);
    expect(created.description).toBe("<script>alert(1)</script> stays text");
    const actorRow = await database.prisma.threatActor.findFirstOrThrow({ where: { name: "Social Design Agency" } });
    expect(created.threatActorId).toBe(actorRow.id);
    expect((await audits(created.id)).map((e) => e.action)).toEqual(["create"]);

    // The same actor by name (any case) is reused, not duplicated; a second campaign gets its own slug.
    const other = await create({ name: "Doppelganger", newThreatActor: { name: "social design agency" } });
    expect(other.threatActorId).toBe(actorRow.id);
    expect(await database.prisma.threatActor.count()).toBe(1);
  });

  it("refuses empty and duplicate names, in any case, naming the field and saving nothing", async () => {
    const before = await database.prisma.campaign.count();
    const empty = createCampaignBodySchema.safeParse({ name: "   " });
    expect(empty.error?.issues[0].path).toEqual(["name"]);
    for (const name of ["Matryoshka", "MATRYOSHKA", "  matryoshka "]) {
      const error = await rejection(create({ name }));
      expect(error.status).toBe(409);
      expect(error.details?.[0].path).toBe("name");
    }
    expect(await database.prisma.campaign.count()).toBe(before);
  });

  it("refuses unknown DISARM ids, bad codes and a missing actor, naming the field", async () => {
    const badTechnique = await rejection(create({ name: "Bad techniques", techniques: ["T0087.001", "T9999"] }));
    expect(badTechnique.status).toBe(422);
    expect(badTechnique.details?.[0]).toMatchObject({ path: "techniques" });
    expect(badTechnique.message).toContain("T9999");
    expect(createCampaignBodySchema.safeParse({ name: "x", targetCountries: ["XX"] }).error?.issues[0].path).toEqual(["targetCountries", 0]);
    expect(createCampaignBodySchema.safeParse({ name: "x", sources: [{ title: "t", url: "javascript:alert(1)" }] }).error?.issues[0].path).toEqual(["sources", 0, "url"]);
    const both = await rejection(create({ name: "Both actors", threatActorId: "00000000-0000-4000-8000-000000000000", newThreatActor: { name: "X" } }));
    expect(both.details?.[0].path).toBe("newThreatActor");
    expect(await database.prisma.campaign.count({ where: { name: { in: ["Bad techniques", "Both actors"] } } })).toBe(0);
  });

  it("edits under optimistic locking: a stale edit gets 409 and overwrites nothing", async () => {
    const campaign = (await database.prisma.campaign.findUniqueOrThrow({ where: { slug: "doppelganger" } }));
    const edited = await campaignService.update(
      database.prisma,
      campaign.id,
      updateCampaignBodySchema.parse({ version: 1, status: "dormant", techniques: ["T0149.003"], sources: [{ title: "Operation Overload report", url: "https://example.org/report" }] }),
      principal,
    );
    expect(edited).toMatchObject({ version: 2, status: "dormant", techniques: ["T0149.003"] });
    // The shared source is matched by URL, not duplicated.
    expect(await database.prisma.source.count({ where: { url: "https://example.org/report" } })).toBe(1);
    const stale = await rejection(campaignService.update(database.prisma, campaign.id, updateCampaignBodySchema.parse({ version: 1, name: "Lost", techniques: [] }), principal));
    expect(stale.status).toBe(409);
    expect(stale.message).toContain("changed by someone else");
    const after = await getCampaign("doppelganger", database.prisma);
    expect(after).toMatchObject({ name: "Doppelganger", version: 2 });
    expect(after?.techniques.map((t) => t.id)).toEqual(["T0149.003"]);
    const renamedToTaken = await rejection(campaignService.update(database.prisma, campaign.id, updateCampaignBodySchema.parse({ version: 2, name: "matryoshka" }), principal));
    expect(renamedToTaken.details?.[0].path).toBe("name");
    const [update] = (await audits(campaign.id)).filter((e) => e.action === "update");
    expect(update.before).toMatchObject({ status: "active", techniques: [] });
    expect(update.after).toMatchObject({ status: "dormant", techniques: ["T0149.003"] });
  });

  it("lists with derived counts, countries and languages of confirmed items; filters and sorts", async () => {
    await logItem("Fake BBC clip", "matryoshka", { language: "fr", targetCountries: ["DE"] });
    await logItem("Fake DW clip", "matryoshka", { language: "pl", targetCountries: ["PL"], observedAt: "2025-03-01T08:00:00Z" });
    await logItem("Cloned site", "doppelganger", { language: "de" });
    const list = await listCampaignsPage(campaignsListQuerySchema.parse({ sort: "items" }), database.prisma);
    const matryoshka = list.campaigns.find((c) => c.slug === "matryoshka")!;
    expect(matryoshka).toMatchObject({ itemCount: 2, sightingCount: 2, countries: ["DE", "FR", "PL"], languages: ["fr", "pl"] });
    expect(matryoshka.lastSeenAt).toBe("2025-03-01T08:00:00.000Z");
    expect(list.campaigns[0].slug).toBe("matryoshka");
    const byLanguage = await listCampaignsPage(campaignsListQuerySchema.parse({ language: "de" }), database.prisma);
    expect(byLanguage.campaigns.map((c) => c.slug)).toEqual(["doppelganger"]);
    const byAlias = await listCampaignsPage(campaignsListQuerySchema.parse({ q: "overload" }), database.prisma);
    expect(byAlias.campaigns.map((c) => c.slug)).toEqual(["matryoshka"]);
    expect(campaignsListQuerySchema.safeParse({ country: "POL" }).error?.issues[0].path).toEqual(["country"]);
  });

  it("splits chosen items into a new campaign, refusing an empty split and items from elsewhere", async () => {
    const source = await getCampaign("matryoshka", database.prisma);
    const foreign = (await getCampaign("doppelganger", database.prisma))!.items[0].id;
    expect(splitCampaignBodySchema.safeParse({ version: source!.version, itemIds: [], name: "x" }).error?.issues[0].path).toEqual(["itemIds"]);
    const outside = await rejection(splitCampaign(database.prisma, source!.id, splitCampaignBodySchema.parse({ version: source!.version, itemIds: [foreign], name: "Split" }), actor));
    expect(outside).toMatchObject({ status: 422 });
    expect(outside.details?.[0].path).toBe("itemIds[0]");
    const all = source!.items.map((i) => i.id);
    expect((await rejection(splitCampaign(database.prisma, source!.id, splitCampaignBodySchema.parse({ version: source!.version, itemIds: all, name: "All" }), actor))).status).toBe(422);
    const taken = await rejection(splitCampaign(database.prisma, source!.id, splitCampaignBodySchema.parse({ version: source!.version, itemIds: [all[0]], name: "DOPPELGANGER" }), actor));
    expect(taken.details?.[0].path).toBe("name");

    const moved = source!.items.find((i) => i.title === "Fake DW clip")!.id;
    const result = await splitCampaign(database.prisma, source!.id, splitCampaignBodySchema.parse({ version: source!.version, itemIds: [moved], name: "Matryoshka Poland" }), actor);
    expect(result).toMatchObject({ slug: "matryoshka-poland", movedItems: 1 });
    const [after, split] = [await getCampaign("matryoshka", database.prisma), await getCampaign("matryoshka-poland", database.prisma)];
    expect(after).toMatchObject({ itemCount: 1, version: source!.version + 1 });
    expect(after!.items.map((i) => i.id)).not.toContain(moved);
    expect(split).toMatchObject({ itemCount: 1, sightingCount: 1, originCountry: "RU", lastSeenAt: "2025-03-01T08:00:00.000Z" });
    expect((await audits(source!.id)).find((e) => e.action === "split")).toMatchObject({ after: expect.objectContaining({ movedItemIds: [moved] }) });
    // A stale split writes nothing.
    const stale = await rejection(splitCampaign(database.prisma, source!.id, splitCampaignBodySchema.parse({ version: source!.version, itemIds: [all[0]], name: "Stale" }), actor));
    expect(stale.status).toBe(409);
    expect(await database.prisma.campaign.count({ where: { name: "Stale" } })).toBe(0);
  });

  it("merges: links move without duplicates, aliases kept, counts refreshed; refuses self, merged and deleted targets", async () => {
    const survivor = (await getCampaign("matryoshka", database.prisma))!;
    const merged = (await getCampaign("matryoshka-poland", database.prisma))!;
    // One item linked to both (suggested in the survivor, confirmed in the merged one): it must end up once, confirmed.
    const shared = merged.items[0].id;
    await database.prisma.itemCampaign.create({ data: { itemId: shared, campaignId: survivor.id, status: "suggested", confidence: 0.4 } });
    const extra = await logItem("Extra Polish clip", "matryoshka-poland", { language: "pl" });

    const self = await rejection(mergeCampaigns(database.prisma, merged.id, mergeCampaignBodySchema.parse({ version: merged.version, into: merged.id }), actor));
    expect(self).toMatchObject({ status: 422 });
    expect(self.details?.[0].path).toBe("into");
    expect((await rejection(mergeCampaigns(database.prisma, merged.id, mergeCampaignBodySchema.parse({ version: merged.version, into: "no-such-campaign" }), actor))).details?.[0].path).toBe("into");
    const current = (await database.prisma.campaign.findUniqueOrThrow({ where: { id: merged.id } })).version;
    expect((await rejection(mergeCampaigns(database.prisma, merged.id, mergeCampaignBodySchema.parse({ version: current + 5, into: "matryoshka" }), actor))).status).toBe(409);

    const result = await mergeCampaigns(database.prisma, merged.id, mergeCampaignBodySchema.parse({ version: current, into: "matryoshka" }), actor);
    expect(result).toMatchObject({ slug: "matryoshka", movedItems: 1, combinedItems: 1 });
    const survivorLinks = await links(survivor.id);
    expect(survivorLinks.filter((l) => l.itemId === shared)).toEqual([{ itemId: shared, status: "confirmed", confidence: 1 }]);
    expect(survivorLinks.map((l) => l.itemId)).toContain(extra);
    const after = (await getCampaign("matryoshka", database.prisma))!;
    expect(after.aliases).toEqual(["Operation Overload", "Matryoshka Poland"]);
    expect(after).toMatchObject({ itemCount: 3, sightingCount: 3 });
    // The merged campaign points at the survivor and leaves the list.
    // Only the twin link (folded into the survivor's) stays recorded on the merged campaign.
    expect(await getCampaign("matryoshka-poland", database.prisma)).toMatchObject({ mergedInto: { slug: "matryoshka", name: "Matryoshka" }, itemCount: 1 });
    expect((await links(merged.id)).map((l) => l.itemId)).toEqual([shared]);
    expect((await listCampaignsPage(campaignsListQuerySchema.parse({}), database.prisma)).campaigns.map((c) => c.slug)).not.toContain("matryoshka-poland");
    expect((await audits(merged.id)).filter((e) => e.action === "merge")).toHaveLength(1);
    expect((await audits(survivor.id)).find((e) => e.action === "merge")).toMatchObject({ after: expect.objectContaining({ mergedFromId: merged.id }) });

    // Into a merged campaign, from a merged campaign, into a deleted one: refused.
    const dop = (await getCampaign("doppelganger", database.prisma))!;
    expect((await rejection(mergeCampaigns(database.prisma, dop.id, mergeCampaignBodySchema.parse({ version: dop.version, into: "matryoshka-poland" }), actor))).details?.[0].path).toBe("into");
    expect((await rejection(mergeCampaigns(database.prisma, merged.id, mergeCampaignBodySchema.parse({ version: current + 1, into: "doppelganger" }), actor))).status).toBe(409);
    const doomed = await create({ name: "Doomed" });
    await campaignService.remove(database.prisma, doomed.id, principal);
    expect((await rejection(mergeCampaigns(database.prisma, dop.id, mergeCampaignBodySchema.parse({ version: dop.version, into: doomed.id }), actor))).details?.[0].path).toBe("into");
    // A merged campaign cannot be restored.
    expect((await rejection(campaignService.restore(database.prisma, merged.id, principal))).status).toBe(409);
  });

  it("soft deletes and restores, audited", async () => {
    const doomed = await database.prisma.campaign.findFirstOrThrow({ where: { name: "Doomed" } });
    expect(await getCampaign(doomed.slug, database.prisma)).toBeNull();
    expect((await getCampaign(doomed.slug, database.prisma, { includeDeleted: true }))?.deletedAt).not.toBeNull();
    const restored = await campaignService.restore(database.prisma, doomed.id, principal);
    expect(restored.deletedAt).toBeNull();
    expect((await audits(doomed.id)).map((e) => e.action)).toEqual(["create", "delete", "restore"]);
  });

  it("keeps the derived countries and languages in step with item edits and deletions", async () => {
    await create({ name: "Ghostwriter", targetCountries: ["DE"] });
    const ghostwriter = async () => (await listCampaignsPage(campaignsListQuerySchema.parse({ q: "ghostwriter" }), database.prisma)).campaigns[0];
    const slugsFor = async (q: object) => (await listCampaignsPage(campaignsListQuerySchema.parse(q), database.prisma)).campaigns.map((c) => c.slug);
    const itemId = await logItem("Fake Le Monde page", "ghostwriter", { language: "uk", targetCountries: ["UA"] });
    expect(await ghostwriter()).toMatchObject({ countries: ["DE", "UA"], languages: ["uk"] });
    expect(await slugsFor({ country: "UA" })).toEqual(["ghostwriter"]);
    expect(await slugsFor({ language: "uk" })).toEqual(["ghostwriter"]);

    const { version } = await database.prisma.item.findUniqueOrThrow({ where: { id: itemId } });
    await updateItem(database.prisma, itemId, updateItemBodySchema.parse({ version, language: "lt", targetCountries: ["LT"] }), actor);
    expect(await ghostwriter()).toMatchObject({ countries: ["DE", "LT"], languages: ["lt"] });
    expect(await slugsFor({ country: "UA" })).toEqual([]);

    await setItemDeleted(database.prisma, itemId, true, actor);
    expect(await ghostwriter()).toMatchObject({ countries: ["DE"], languages: [] });
    expect(await slugsFor({ language: "lt" })).toEqual([]);
    await setItemDeleted(database.prisma, itemId, false, actor);
    expect(await slugsFor({ language: "lt" })).toEqual(["ghostwriter"]);
  });
});
