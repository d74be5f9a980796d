import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ApiError } from "../http/errors";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { importFile } from "./import-file";
import { getImportPreview } from "./job-preview";
import { createImportJob } from "./jobs/create-job";
import { startImportJob } from "./jobs/start-job";
import { importMappingSchema } from "./mapping";

const SYSTEM = { kind: "system" } as const;
const CSV = "url,seen,country,campaign\r\nhttps://example.org/1,2024-01-02,EU,Operation Blue Sky\r\nhttps://example.org/2,2024-01-03,Middle East,operation-blue-sky\r\n";

/** How a call failed: the HTTP status and the paths it names (zod errors are the route's 422). */
async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZodError) return { status: 422, paths: error.issues.map((i) => i.path.join(".")) };
    if (error instanceof ApiError) return { status: error.status, paths: (error.details ?? []).map((d) => d.path), message: error.message };
    throw error;
  }
  throw new Error("expected a failure");
}

describe("mappings that do not fit the file, and files no mapping can fit", () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sightline-bad-mapping-"));
    process.env.SIGHTLINE_DATA_DIR = dir;
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });
  const upload = (text: string, name = "f.csv") => createImportJob(database.prisma, { fileName: name, source: Readable.from([text]), actor: SYSTEM });

  it("422 naming a missing column, an unknown field, a constant of the wrong type; nothing starts", async () => {
    const { job } = await upload(CSV);
    const missing = await failure(startImportJob(database.prisma, job.id, { columns: { seen: "sighting.observedAt", nope: "item.url" } }, SYSTEM));
    expect(missing).toMatchObject({ status: 422, paths: ["mapping.columns.nope"] });
    const unknown = await failure(startImportJob(database.prisma, job.id, { columns: { seen: "sighting.observedAt", url: "item.link" } }, SYSTEM));
    expect(unknown).toMatchObject({ status: 422, paths: ["columns.url"] });
    const constant = await failure(startImportJob(database.prisma, job.id, { columns: { seen: "sighting.observedAt" }, constants: { "item.kind": "hologram" } }, SYSTEM));
    expect(constant).toMatchObject({ status: 422, paths: ["constants.item.kind"] });
    const edited = await failure(getImportPreview(database.prisma, job.id, importMappingSchema.parse({ columns: { ghost: "item.title" } })));
    expect(edited).toMatchObject({ status: 422, paths: ["mapping.columns.ghost"] });
    expect((await database.prisma.importJob.findUniqueOrThrow({ where: { id: job.id } })).mapping).toEqual({});
  });

  it("a file of 100k columns or a 10 MB cell is refused at upload with a clear 422, leaving no job", async () => {
    const wide = `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\r\n${Array.from({ length: 100_000 }, () => "x").join(",")}\r\n`;
    const jobs = await database.prisma.importJob.count();
    expect(await failure(upload(wide))).toMatchObject({ status: 422, paths: ["file"] });
    const big = await failure(upload(`url,seen\r\n"${"y".repeat(10 * 1024 * 1024)}",2024-01-01\r\n`));
    expect(big.status).toBe(422);
    expect(await database.prisma.importJob.count()).toBe(jobs);
    expect(await database.prisma.item.count()).toBe(0);
  });

  it("the preview shows the guess's confidence, samples, the dry run and the columns left out", async () => {
    const { job } = await upload(CSV);
    const preview = await getImportPreview(database.prisma, job.id);
    expect(preview.guess!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: "item.url", column: "url", samples: ["https://example.org/1", "https://example.org/2"] })]));
    expect(preview.dryRun).toMatchObject({ rows: 2, wouldImport: 2 });
    const country = preview.dryRun!.columns.find((c) => c.column === "country")!;
    expect(country).toMatchObject({ filled: 2, parsed: 1, failing: [{ value: "Middle East", count: 1, outcome: "kept raw" }] });
  });

  it("a campaign column links rows to one campaign, created once and audited, by name or slug", async () => {
    const file = path.join(dir, "campaigns.csv");
    writeFileSync(file, CSV);
    const job = await importFile(database.prisma, file, { actor: SYSTEM });
    expect(job).toMatchObject({ created: 2, failed: 0 });
    const campaigns = await database.prisma.campaign.findMany({ include: { items: true } });
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]).toMatchObject({ slug: "operation-blue-sky", name: "Operation Blue Sky" });
    expect(campaigns[0].items).toHaveLength(2);
    expect(await database.prisma.auditEvent.count({ where: { action: "campaign.create", entityId: campaigns[0].id } })).toBe(1);
    expect(job.keptRaw).toEqual([{ column: "country", value: "Middle East", count: 1 }]);
  });
});
