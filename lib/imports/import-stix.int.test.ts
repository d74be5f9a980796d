import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../disarm/load";
import { ApiError } from "../http/errors";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { importFile } from "./import-file";

// The shared validator's bundles: ../shared beside the checkout in CI, copied into fixtures/stix for this folder.
const bundle = (name: string) => path.join(import.meta.dirname, "fixtures", "stix", name);
const SYSTEM = { kind: "system" } as const;

describe("STIX 2.1 bundle import", () => {
  let database: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "sightline-stix-"));
    process.env.SIGHTLINE_DATA_DIR = dataDir;
    database = await createTestDatabase();
    await loadDisarm(database.prisma);
  });
  afterAll(async () => {
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const rowsOf = (jobId: string) => database.prisma.importJobRow.findMany({ where: { jobId }, orderBy: { rowNumber: "asc" } });

  it("imports the valid bundle with every object accounted for exactly once", async () => {
    const job = await importFile(database.prisma, bundle("good_bundle.json"), { actor: SYSTEM });
    expect(job.status).toBe("completed");
    expect(job.totalRows).toBe(14);
    expect(job.created + job.merged + job.skipped + job.failed).toBe(14);
    expect(job.failed).toBe(0);
    const rows = await rowsOf(job.id);
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const status = Object.fromEntries(rows.map((r) => [r.rowNumber, r.status]));
    expect(status).toMatchObject({ 1: "created", 2: "created", 3: "created", 4: "merged", 7: "created", 8: "skipped", 9: "created", 10: "created", 11: "created", 14: "skipped" });

    const campaign = await database.prisma.campaign.findUniqueOrThrow({
      where: { name: "Doppelganger" },
      include: { threatActor: true, techniques: true, items: { include: { item: true } } },
    });
    expect(campaign.aliases).toEqual(["RRN"]);
    expect(campaign.threatActor?.name).toBe("Social Design Agency");
    expect(campaign.techniques.map((t) => t.techniqueId)).toEqual(["T0097.202"]);
    expect(campaign.items[0].item.canonicalUrl).toBe("https://spiegel.ltd/example-cloned-article");
    const item = await database.prisma.item.findFirstOrThrow({ where: { canonicalUrl: "https://spiegel.ltd/example-cloned-article" }, include: { sightings: true } });
    expect(item.sightings[0].observedAt.toISOString()).toBe("2022-08-31T10:00:00.000Z");
    expect(item.sightings[0].notes).toMatch(/sighted by Example Tracker Org/);
    expect(await database.prisma.auditEvent.count({ where: { entityType: "campaign", entityId: campaign.id } })).toBeGreaterThanOrEqual(3);
  });

  it("re-importing the bundle duplicates nothing", async () => {
    const before = [await database.prisma.item.count(), await database.prisma.sighting.count(), await database.prisma.campaign.count()];
    const job = await importFile(database.prisma, bundle("good_bundle.json"), { actor: SYSTEM });
    expect(job.created).toBe(0);
    expect(job.failed).toBe(0);
    expect([await database.prisma.item.count(), await database.prisma.sighting.count(), await database.prisma.campaign.count()]).toEqual(before);
  });

  it.each([
    ["bad_bad_id.json", 2, "id"],
    ["bad_campaign_no_name.json", 2, "name"],
    ["bad_created_no_millis.json", 2, "created"],
    ["bad_missing_spec_version.json", 2, "spec_version"],
    ["bad_rel_no_type.json", 10, "relationship_type"],
    ["bad_sighting_no_ref.json", 9, "sighting_of_ref"],
    ["bad_typo_type.json", 2, "type"],
    ["bad_url_not_uri.json", 5, "value"],
  ])("%s fails row %i on %s and accounts for every object", async (file, row, field) => {
    const job = await importFile(database.prisma, bundle(file), { actor: SYSTEM });
    expect(job.status).toBe("completed");
    expect(job.created + job.merged + job.skipped + job.failed).toBe(job.totalRows);
    expect(job.failures.find((f) => f.row === row)).toMatchObject({ field });
    expect((await rowsOf(job.id)).length).toBe(job.totalRows);
  });

  it("a note quoting the item turns into an annotation of a live marker, never of a deleted one", async () => {
    const live = await database.prisma.languageMarker.create({ data: { slug: "calque-live", name: "Live calque" } });
    await database.prisma.languageMarker.create({ data: { slug: "calque-gone", name: "Gone calque", deletedAt: new Date() } });
    const observed = (n: number, marker: { slug: string; name: string }) => {
      const id = `observed-data--0000000${n}-1111-4111-8111-111111111111`;
      return [
        { type: "url", spec_version: "2.1", id: `url--0000000${n}-2222-4222-8222-222222222222`, value: `https://example.org/marker-${n}` },
        {
          type: "observed-data", spec_version: "2.1", id, created: "2025-01-01T00:00:00.000Z", modified: "2025-01-01T00:00:00.000Z",
          first_observed: "2025-01-01T00:00:00.000Z", last_observed: "2025-01-01T00:00:00.000Z", number_observed: 1,
          object_refs: [`url--0000000${n}-2222-4222-8222-222222222222`], x_sightline_text: "They said it in the morning of the evening.",
        },
        {
          type: "note", spec_version: "2.1", id: `note--0000000${n}-3333-4333-8333-333333333333`, created: "2025-01-01T00:00:00.000Z",
          modified: "2025-01-01T00:00:00.000Z", content: `Language marker ${marker.name} (${marker.slug}): “in the morning of the evening”`, object_refs: [id],
        },
      ];
    };
    const file = path.join(dataDir, "markers.json");
    writeFileSync(file, JSON.stringify({ type: "bundle", id: "bundle--44444444-4444-4444-8444-444444444444", objects: [...observed(1, live), ...observed(2, { slug: "calque-gone", name: "Gone calque" })] }));
    const job = await importFile(database.prisma, file, { actor: SYSTEM, format: "stix" });
    expect(job.failed).toBe(0);
    const annotated = async (n: number) =>
      database.prisma.item.findFirstOrThrow({ where: { canonicalUrl: `https://example.org/marker-${n}` }, include: { annotations: { include: { marker: true } } } });
    expect((await annotated(1)).annotations.map((a) => a.marker.slug)).toEqual(["calque-live"]);
    const withDeleted = await annotated(2);
    expect(withDeleted.annotations).toEqual([]);
    expect(withDeleted.notes).toMatch(/Gone calque/); // kept as a plain note
  });

  it("refuses an empty bundle at upload", async () => {
    const error = await importFile(database.prisma, bundle("bad_empty_objects.json"), { actor: SYSTEM }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/no objects/);
  });
});
