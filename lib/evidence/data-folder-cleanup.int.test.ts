import { mkdir, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { cleanUpImportFiles } from "../imports/cleanup-files";
import { importsDir } from "../imports/jobs/storage";
import { logSightingBodySchema } from "../ingest/schemas";
import { logFormSighting } from "../sightings/log-form-sighting";
import type { TestDatabase } from "../testing/test-database";
import { cleanUpPendingUploads } from "./cleanup-pending";
import { absoluteStoragePath } from "./config";
import { savePendingUpload, type PendingUpload } from "./pending-uploads";
import { storeUpload } from "./store-upload";
import { openEvidenceTestEnv, type EvidenceTestEnv } from "./testing/evidence-env";
import { streamOf, TINY_PDF, TINY_PNG } from "./testing/sample-files";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const exists = (file: string) => stat(file).then(() => true, () => false);
const age = (file: string, ms: number) => utimes(file, new Date(Date.now() - ms), new Date(Date.now() - ms));
const input = (title: string) => logSightingBodySchema.parse({ item: { kind: "image", title }, sighting: { observedAt: "2025-03-01T10:00:00Z" } });

describe("data folder cleanup: expired uploads and ended imports, never a file a row uses", () => {
  let env: EvidenceTestEnv;
  let database: TestDatabase;
  let dataDir: string;
  let userId: string;
  let actor: Actor;
  beforeAll(async () => {
    env = await openEvidenceTestEnv("sightline-cleanup-");
    ({ database, dataDir, userId, actor } = env);
  });
  afterAll(async () => env?.close());

  /** A pending upload as if made `ms` ago (the manifest records its time). */
  async function upload(bytes: Uint8Array, ms: number): Promise<PendingUpload> {
    const pending = await savePendingUpload(await storeUpload(streamOf(bytes)), "file", userId);
    const manifest = path.join(dataDir, "evidence", "pending", `${pending.uploadId}.json`);
    const aged = { ...pending, uploadedAt: new Date(Date.now() - ms).toISOString() };
    await writeFile(manifest, JSON.stringify(aged));
    return aged;
  }

  it("deletes an expired upload and its file, keeps a fresh one, keeps bytes an evidence row uses, and old temp files go", async () => {
    const unique = Buffer.concat([TINY_PNG, Buffer.from("expired and unused")]);
    const expired = await upload(unique, 25 * HOUR);
    const fresh = await upload(Buffer.concat([TINY_PNG, Buffer.from("fresh")]), HOUR);
    // The same bytes saved once as evidence, and an older abandoned upload of them.
    const saved = await upload(TINY_PDF, 0);
    await logFormSighting(database.prisma, input("Saved evidence"), [saved.uploadId], actor);
    const abandonedTwin = await upload(TINY_PDF, 30 * HOUR);
    await mkdir(path.join(dataDir, "evidence", "tmp"), { recursive: true });
    const [oldTmp, newTmp] = [path.join(dataDir, "evidence", "tmp", "old"), path.join(dataDir, "evidence", "tmp", "new")];
    await writeFile(oldTmp, "half an upload");
    await writeFile(newTmp, "an upload in progress");
    await age(oldTmp, 2 * DAY);

    const report = await cleanUpPendingUploads(database.prisma, 24 * HOUR);
    expect(report).toEqual({ manifests: 2, files: 1, keptReferenced: 1, tmp: 1 });
    expect(await exists(absoluteStoragePath(expired.storagePath))).toBe(false);
    expect(await exists(absoluteStoragePath(fresh.storagePath))).toBe(true);
    expect(await exists(absoluteStoragePath(abandonedTwin.storagePath))).toBe(true); // an evidence row points at it
    expect(await readdir(path.join(dataDir, "evidence", "pending"))).toEqual([`${fresh.uploadId}.json`]);
    expect([await exists(oldTmp), await exists(newTmp)]).toEqual([false, true]);
    for (const row of await database.prisma.evidenceFile.findMany()) expect(await exists(absoluteStoragePath(row.storagePath))).toBe(true);
  });

  it("a save whose upload file was cleaned up meanwhile is refused naming the field, and saves nothing", async () => {
    const late = await upload(Buffer.concat([TINY_PNG, Buffer.from("form left open")]), HOUR);
    await rm(absoluteStoragePath(late.storagePath)); // what a sweep does after reading an expired manifest
    const items = await database.prisma.item.count();
    const error = await logFormSighting(database.prisma, input("Too late"), [late.uploadId], actor).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).details?.[0].path).toBe("evidence[0]");
    expect(await database.prisma.item.count()).toBe(items);
  });

  it("removes files of ended and abandoned imports (audited, storage_path cleared) and orphan folders; never a job that can resume", async () => {
    const old = new Date(Date.now() - 10 * DAY);
    const job = async (status: "queued" | "running" | "completed" | "failed" | "cancelled", mapped: boolean, at: Date) => {
      const created = await database.prisma.importJob.create({
        data: { status, format: "csv", fileName: "rows.csv", mapping: mapped ? { url: "url" } : {}, createdAt: at, finishedAt: ["completed", "failed", "cancelled"].includes(status) ? at : null, heartbeatAt: status === "running" ? at : null },
      });
      const folder = path.join(importsDir(), created.id);
      await mkdir(folder, { recursive: true });
      const storagePath = path.join(folder, "upload.csv");
      await writeFile(storagePath, "url\nhttps://example.org/1\n");
      await database.prisma.importJob.update({ where: { id: created.id }, data: { storagePath } });
      return { id: created.id, folder };
    };
    const completedOld = await job("completed", true, old);
    const failedOld = await job("failed", true, old);
    const completedRecent = await job("completed", true, new Date());
    const unmappedOld = await job("queued", false, old);
    const mappedOld = await job("queued", true, old); // started but waiting for the worker: resumable
    const interrupted = await job("running", true, old); // its worker died: resumes on the next claim
    const orphanOld = path.join(importsDir(), "4b1c2d3e-0000-4000-8000-000000000001");
    const orphanNew = path.join(importsDir(), "4b1c2d3e-0000-4000-8000-000000000002");
    for (const folder of [orphanOld, orphanNew]) await mkdir(folder, { recursive: true });
    await age(orphanOld, 10 * DAY);

    const report = await cleanUpImportFiles(database.prisma, 7 * DAY);
    expect(report).toEqual({ abandoned: 1, filesRemoved: 3, orphanFolders: 1 });
    for (const gone of [completedOld, failedOld, unmappedOld]) {
      expect(await exists(gone.folder)).toBe(false);
      expect((await database.prisma.importJob.findUniqueOrThrow({ where: { id: gone.id } })).storagePath).toBeNull();
      expect(await database.prisma.auditEvent.count({ where: { entityType: "import_job", entityId: gone.id, action: "import.file_removed" } })).toBe(1);
    }
    expect((await database.prisma.importJob.findUniqueOrThrow({ where: { id: unmappedOld.id } })).status).toBe("cancelled");
    for (const kept of [completedRecent, mappedOld, interrupted]) {
      expect(await exists(kept.folder)).toBe(true);
      expect((await database.prisma.importJob.findUniqueOrThrow({ where: { id: kept.id } })).storagePath).not.toBeNull();
    }
    expect([await exists(orphanOld), await exists(orphanNew)]).toEqual([false, true]);
    // A second sweep finds nothing more to do.
    expect(await cleanUpImportFiles(database.prisma, 7 * DAY)).toEqual({ abandoned: 0, filesRemoved: 0, orphanFolders: 0 });
  });
});
