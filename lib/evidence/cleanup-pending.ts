import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { absoluteStoragePath, evidenceDir } from "./config";

const DEFAULT_PENDING_HOURS = 24;

/** How long an upload may wait for its form to be saved (SIGHTLINE_PENDING_UPLOAD_HOURS, default 24). */
export function pendingUploadMaxAgeMs(): number {
  const hours = Number(process.env.SIGHTLINE_PENDING_UPLOAD_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_PENDING_HOURS) * 3_600_000;
}

/**
 * The lock a save takes (attachEvidence) and the cleanup takes before deleting a content file: whichever comes
 * second sees what the first did — the save finds the file gone (and says so), or the cleanup finds the new row.
 */
export function lockEvidenceContent(tx: Prisma.TransactionClient, sha256: string) {
  return tx.$queryRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${`evidence:${sha256}`}, 0))::text AS locked`);
}

export interface PendingCleanupReport {
  manifests: number;
  files: number;
  keptReferenced: number;
  tmp: number;
}

/**
 * Uploads whose form was never saved: their manifest (evidence/pending/<id>.json) older than `maxAgeMs` goes, and
 * so does their content file unless an evidence row or a newer pending upload uses the same bytes (files are
 * content-addressed, so two uploads of one file share it). Half-written temp files of interrupted uploads go too.
 */
export async function cleanUpPendingUploads(prisma: PrismaClient, maxAgeMs = pendingUploadMaxAgeMs(), now = Date.now()): Promise<PendingCleanupReport> {
  const cutoff = now - maxAgeMs;
  const report: PendingCleanupReport = { manifests: 0, files: 0, keptReferenced: 0, tmp: 0 };
  const pendingDir = path.join(evidenceDir(), "pending");
  const expired = new Map<string, string>(); // sha256 → storage path
  const stillPending = new Set<string>();
  for (const name of await listDir(pendingDir)) {
    if (!name.endsWith(".json")) continue;
    const file = path.join(pendingDir, name);
    const manifest = await readManifest(file);
    const uploadedAt = manifest?.uploadedAt ? Date.parse(manifest.uploadedAt) : (await stat(file).catch(() => null))?.mtimeMs;
    if (uploadedAt !== undefined && uploadedAt >= cutoff) {
      if (manifest?.sha256) stillPending.add(manifest.sha256);
      continue;
    }
    await rm(file, { force: true });
    report.manifests++;
    if (manifest?.sha256 && manifest.storagePath) expired.set(manifest.sha256, manifest.storagePath);
  }
  for (const [sha256, storagePath] of expired) {
    if (stillPending.has(sha256)) continue;
    const removed = await prisma.$transaction(async (tx) => {
      await lockEvidenceContent(tx, sha256);
      if (await tx.evidenceFile.count({ where: { storagePath } })) return false;
      await rm(absoluteStoragePath(storagePath), { force: true });
      return true;
    });
    if (removed) report.files++;
    else report.keptReferenced++;
  }
  const tmpDir = path.join(evidenceDir(), "tmp");
  for (const name of await listDir(tmpDir)) {
    const file = path.join(tmpDir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < cutoff) {
      await rm(file, { force: true });
      report.tmp++;
    }
  }
  return report;
}

async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

async function readManifest(file: string): Promise<{ sha256?: string; storagePath?: string; uploadedAt?: string } | null> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === "string" ? v : undefined);
    const sha256 = str(parsed.sha256);
    return { sha256: sha256 && /^[0-9a-f]{64}$/.test(sha256) ? sha256 : undefined, storagePath: str(parsed.storagePath), uploadedAt: str(parsed.uploadedAt) };
  } catch {
    return null; // unreadable: judged by its age alone
  }
}
