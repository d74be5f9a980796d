import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDisarm } from "../disarm/load";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { importFile } from "./import-file";
import { failuresCsv } from "./jobs/failures-csv";

const FIXTURE = path.join(import.meta.dirname, "fixtures", "sightings.csv");
const SYSTEM = { kind: "system" } as const;

describe("CSV import", () => {
  let database: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "sightline-imports-"));
    process.env.SIGHTLINE_DATA_DIR = dataDir;
    database = await createTestDatabase();
    await loadDisarm(database.prisma);
  });
  afterAll(async () => {
    await database?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("imports list cells, names and codes; a bad optional value is kept as written, only a bad required one fails its row", async () => {
    const job = await importFile(database.prisma, FIXTURE, { actor: SYSTEM });
    expect(job).toMatchObject({ status: "completed", totalRows: 7, doneRows: 7, created: 5, merged: 1, skipped: 0, failed: 1 });
    expect(job.created + job.merged + job.skipped + job.failed).toBe(job.totalRows);
    expect(job.failures).toEqual([expect.objectContaining({ row: 4, field: "seen_at" })]);
    // Atlantis (row 3) and the javascript: link (row 5) are kept as written, counted by column and value.
    expect(job.keptRaw).toEqual(expect.arrayContaining([{ column: "target_country", value: "Atlantis", count: 1 }, { column: "link", value: "javascript:alert(1)", count: 1 }]));
    const atlantis = await database.prisma.item.findFirstOrThrow({ where: { title: "Bad country" } });
    expect(atlantis).toMatchObject({ targetCountries: [], rawValues: { target_country: ["Atlantis"] } });
    const script = await database.prisma.item.findFirstOrThrow({ where: { title: "Script URL" } });
    expect(script).toMatchObject({ canonicalUrl: null, originalUrl: null, rawValues: { link: ["javascript:alert(1)"] } });

    const first = await database.prisma.item.findUniqueOrThrow({
      where: { canonicalUrl: "https://youtube.com/watch?v=aaaaaaaaaaa" },
      include: { persons: { include: { person: true } }, techniques: true, sightings: { orderBy: { observedAt: "asc" } } },
    });
    expect(first.languages).toEqual(["pl"]);
    expect(first.targetCountries.sort()).toEqual(["BY", "PL", "UA"]); // r7 merged Belarus in
    expect(first.persons[0]).toMatchObject({ role: "impersonated", person: { name: "Alan Read" } });
    expect(first.techniques.map((t) => t.techniqueId)).toEqual(["T0087"]);
    expect(first.sightings.map((s) => Number(s.views))).toEqual([1200, 5]);
    expect(first.sightings[0].channel).toBe("import");
    const textOnly = await database.prisma.item.findFirstOrThrow({ where: { title: "Text only claim, no URL" } });
    expect(textOnly).toMatchObject({ languages: ["ru"], targetCountries: ["UA", "MD"], canonicalUrl: null });
    const x = await database.prisma.item.findFirstOrThrow({ where: { title: "Polexit appeal" }, include: { sightings: true } });
    expect(Number(x.sightings[0].views)).toBe(3400);

    let csv = "";
    for await (const chunk of failuresCsv(database.prisma, job.id)) csv += chunk;
    expect(csv.split("\r\n")[0]).toBe("row,field,reason");
    expect(csv).toMatch(/^4,seen_at,/m);
  });

  it("re-running the same file creates nothing new", async () => {
    const counts = async () => ({
      items: await database.prisma.item.count(),
      sightings: await database.prisma.sighting.count(),
      persons: await database.prisma.person.count(),
    });
    const before = await counts();
    const job = await importFile(database.prisma, FIXTURE, { actor: SYSTEM });
    expect(job).toMatchObject({ status: "completed", created: 0, merged: 0, skipped: 6, failed: 1 });
    expect(await counts()).toEqual(before);
    const audit = await database.prisma.auditEvent.findMany({ where: { entityType: "import_job", entityId: job.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["import.upload", "import.start", "import.finish"]);
  });
});
