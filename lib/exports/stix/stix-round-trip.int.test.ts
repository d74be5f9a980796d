import { createReadStream, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../../disarm/load";
import { importFile } from "../../imports/import-file";
import { claimJob } from "../../imports/jobs/claim-job";
import { createImportJob } from "../../imports/jobs/create-job";
import { getImportJob } from "../../imports/jobs/get-job";
import { runImportJob } from "../../imports/jobs/run-job";
import { startImportJob } from "../../imports/jobs/start-job";
import { logSighting } from "../../ingest/log-sighting";
import { logSightingSchema } from "../../ingest/schemas";
import { seedRealCase } from "../../seed/real-case";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { prepareExport } from "../build-export";
import { endExportPools } from "../read-session";
import { collect, tempFile, unzipFiles } from "../testing/read-export";
import { validateWith } from "../testing/validators";
import { compareExports } from "./compare-exports";

const SYSTEM = { kind: "system" } as const;
const NOW = new Date("2026-01-15T12:00:00.000Z");
const parse = (input: unknown) => logSightingSchema({ lenient: true }).parse(input);

/**
 * STIX export → import into an EMPTY database (only the DISARM reference) → the CSV exports of the two databases are
 * equal apart from ids (compare-exports.ts lists what is compared). The slice: the Matryoshka case plus what was lost
 * before — items without URL or file with several sightings, malformed URLs, archive URLs, sighting notes, narratives
 * with their claims, a suggested campaign link with its confidence.
 */
describe(`STIX round trip (${process.env.SIGHTLINE_TEST_DB ?? "pglite"})`, () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let bundlePath: string;
  beforeAll(async () => {
    source = await createTestDatabase();
    await loadDisarm(source.prisma);
    await seedRealCase(source.prisma);
    const campaign = await source.prisma.campaign.findFirstOrThrow({ where: { slug: "matryoshka" } });
    const email = await logSighting(source.prisma, parse({
      item: { kind: "email", title: "Urgent: verify this video", text: "Forwarded e-mail asking fact-checkers to verify a fake video", language: "en",
        targetCountries: ["FR", "DE"], narratives: ["Fact-checkers are overwhelmed"], archiveUrl: "https://web.archive.org/web/2024/https://example.org/x",
        persons: [{ name: "Ann Example", role: "impersonated" }], organizations: [{ name: "Example Outlet", role: "targeted" }] },
      sighting: { observedAt: "2024-03-01T10:00:00.000Z", notes: "first seen in a newsroom inbox" },
    }), { channel: "form", actor: SYSTEM, onDuplicate: "merge" });
    await logSighting(source.prisma, parse({ itemId: email.itemId, sighting: { observedAt: "2024-03-02T11:00:00.000Z", notes: "again, from another sender", views: 12 } }),
      { channel: "api", actor: SYSTEM, onDuplicate: "merge" });
    await source.prisma.narrative.updateMany({ where: { title: "Fact-checkers are overwhelmed" }, data: { claim: "Fact-checkers cannot keep up", language: "en" } });
    await source.prisma.itemCampaign.create({ data: { itemId: email.itemId, campaignId: campaign.id, confidence: 0.37, status: "suggested", reasons: [{ signal: "same_text", detail: "test" }] } });
    for (const url of ["https://example.org/a%zzb", "https://web.archive.orghttp://example.com/story"]) {
      await logSighting(source.prisma, parse({ item: { kind: "article", url, text: `malformed ${url}` }, sighting: { observedAt: "2024-04-01T00:00:00.000Z" } }),
        { channel: "form", actor: SYSTEM, onDuplicate: "merge" });
    }
    bundlePath = tempFile("bundle.json", await collect(await prepareExport(source, { format: "stix", filter: {} }, { now: NOW })));
    target = await createTestDatabase();
    await loadDisarm(target.prisma);
  }, 240_000);
  afterAll(async () => {
    await endExportPools();
    await source?.destroy();
    await target?.destroy();
  });

  it("the bundle is valid against the OASIS schemas, with the items that have neither URL nor file and the malformed URLs", () => {
    expect(validateWith("stix", bundlePath)).toBe("");
    const objects = (JSON.parse(readFileSync(bundlePath, "utf8")) as { objects: Record<string, unknown>[] }).objects;
    expect(objects.filter((o) => o.type === "x-sightline-content").length).toBeGreaterThan(0);
    expect(objects.find((o) => o.x_sightline_original_url === "https://example.org/a%zzb")).toBeTruthy();
    expect(objects.some((o) => o.type === "url" && o.value === "https://example.org/a%25zzb")).toBe(true);
  });

  it("imports into an empty database with nothing failed, and the CSV exports of both databases are equal apart from ids", async () => {
    const job = await importFile(target.prisma, bundlePath, { actor: SYSTEM, format: "stix" });
    expect(job.failed, JSON.stringify(job.failures ?? [])).toBe(0);
    expect(await target.prisma.sighting.count()).toBe(await source.prisma.sighting.count({ where: { deletedAt: null } }));
    const csv = async (db: TestDatabase) => unzipFiles(await collect(await prepareExport(db, { format: "csv", cells: "raw", filter: {} }, { now: NOW })));
    const differences = compareExports(await csv(source), await csv(target));
    expect(differences.map((d) => `${d.table}: ${d.missing} missing, ${d.extra} extra\n${d.onlyBefore.join("\n")}\n→\n${d.onlyAfter.join("\n")}`)).toEqual([]);
  });

  it("an import interrupted mid-way resumes and accounts for every object exactly once, with the same content", async () => {
    const resumedDb = await createTestDatabase();
    try {
      await loadDisarm(resumedDb.prisma);
      const { job } = await createImportJob(resumedDb.prisma, { fileName: "bundle.json", source: createReadStream(bundlePath), actor: SYSTEM, format: "stix" });
      await startImportJob(resumedDb.prisma, job.id, null, SYSTEM);
      const claim = (await claimJob(resumedDb.prisma, job.id))!;
      expect(await runImportJob(resumedDb.prisma, claim, { batchSize: 20, stopAfterBatches: 6 })).toBe("stopped");
      await resumedDb.prisma.importJob.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
      const resumed = (await claimJob(resumedDb.prisma, job.id))!;
      expect(await runImportJob(resumedDb.prisma, resumed, { batchSize: 20 })).toBe("completed");
      const done = await getImportJob(resumedDb.prisma, job.id);
      expect(done.failed).toBe(0);
      const rows = await resumedDb.prisma.importJobRow.findMany({ where: { jobId: job.id }, select: { rowNumber: true }, orderBy: { rowNumber: "asc" } });
      expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: done.totalRows }, (_, i) => i + 1));
      const csv = async (db: TestDatabase) => unzipFiles(await collect(await prepareExport(db, { format: "csv", cells: "raw", filter: {} }, { now: NOW })));
      expect(compareExports(await csv(source), await csv(resumedDb)).map((d) => d.table)).toEqual([]);
    } finally {
      await resumedDb.destroy();
    }
  });

  it("re-importing the same bundle writes nothing", async () => {
    const counts = () => Promise.all([target.prisma.item.count(), target.prisma.sighting.count(), target.prisma.itemCampaign.count(), target.prisma.narrative.count()]);
    const before = await counts();
    const job = await importFile(target.prisma, bundlePath, { actor: SYSTEM, format: "stix" });
    expect(job.failed).toBe(0);
    expect(job.created).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
