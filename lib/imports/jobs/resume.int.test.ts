import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { guessMapping } from "../guess-mapping";
import { cancelImportJob } from "./cancel-job";
import { claimJob } from "./claim-job";
import { createImportJob } from "./create-job";
import { getImportJob } from "./get-job";
import { runImportJob } from "./run-job";
import { startImportJob } from "./start-job";

const SYSTEM = { kind: "system" } as const;
const ROWS = 57;

describe("import jobs: claim, interrupt, resume, cancel", () => {
  let database: TestDatabase;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "sightline-resume-"));
    process.env.SIGHTLINE_DATA_DIR = dir;
    file = path.join(dir, "rows.csv");
    const lines = ["title,url,date"];
    // Every third row has no URL: only its row key keeps a re-run from duplicating it.
    for (let i = 1; i <= ROWS; i++) lines.push(`Claim ${i},${i % 3 ? `https://example.org/post/${i}` : ""},2025-03-${String((i % 28) + 1).padStart(2, "0")}`);
    writeFileSync(file, lines.join("\n"));
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const newJob = async () => {
    const { job, scan } = await createImportJob(database.prisma, { fileName: "rows.csv", source: createReadStream(file), actor: SYSTEM });
    await startImportJob(database.prisma, job.id, guessMapping(scan.headers), SYSTEM);
    return job.id;
  };

  it("a job interrupted mid-way resumes and accounts for every row exactly once", async () => {
    const jobId = await newJob();
    const claim = (await claimJob(database.prisma))!;
    expect(claim.jobId).toBe(jobId);
    expect(await runImportJob(database.prisma, claim, { batchSize: 10, stopAfterBatches: 2 })).toBe("stopped");
    expect((await getImportJob(database.prisma, jobId)).doneRows).toBe(20);
    // Still beating: nobody else may take it.
    expect(await claimJob(database.prisma)).toBeNull();
    // The worker "dies": its heartbeat goes stale.
    await database.prisma.importJob.update({ where: { id: jobId }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
    const resumed = (await claimJob(database.prisma))!;
    expect(resumed.jobId).toBe(jobId);
    // The first worker wakes up: its compare-and-swap fails and it stops without writing.
    expect(await runImportJob(database.prisma, claim, { batchSize: 10 })).toBe("lost");
    expect(await runImportJob(database.prisma, resumed, { batchSize: 10 })).toBe("completed");

    const job = await getImportJob(database.prisma, jobId);
    expect(job).toMatchObject({ status: "completed", totalRows: ROWS, doneRows: ROWS, created: ROWS, merged: 0, skipped: 0, failed: 0 });
    const rows = await database.prisma.importJobRow.findMany({ where: { jobId }, orderBy: { rowNumber: "asc" } });
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(await database.prisma.sighting.count({ where: { importJobId: jobId } })).toBe(ROWS);
    expect(await database.prisma.item.count()).toBe(ROWS);
  });

  it("a second run of the same file skips every row, with or without URLs", async () => {
    const jobId = await newJob();
    const claim = (await claimJob(database.prisma, jobId))!;
    await runImportJob(database.prisma, claim);
    expect(await getImportJob(database.prisma, jobId)).toMatchObject({ created: 0, merged: 0, skipped: ROWS, failed: 0 });
    expect(await database.prisma.item.count()).toBe(ROWS);
  });

  it("cancel stops a running job at its next batch and is audited", async () => {
    const jobId = await newJob();
    const claim = (await claimJob(database.prisma, jobId))!;
    await cancelImportJob(database.prisma, jobId, SYSTEM);
    expect(await runImportJob(database.prisma, claim, { batchSize: 10 })).toBe("lost");
    expect((await getImportJob(database.prisma, jobId)).status).toBe("cancelled");
    expect(await database.prisma.auditEvent.count({ where: { entityId: jobId, action: "import.cancel" } })).toBe(1);
    await expect(cancelImportJob(database.prisma, jobId, SYSTEM)).rejects.toThrow(/already ended/);
  });

  it("does not claim a job that still waits for its mapping", async () => {
    const { job } = await createImportJob(database.prisma, { fileName: "rows.csv", source: createReadStream(file), actor: SYSTEM });
    expect(await claimJob(database.prisma, job.id)).toBeNull();
    expect((await getImportJob(database.prisma, job.id)).status).toBe("awaiting_mapping");
  });
});
