import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Database } from "../db/client";
import type { Role } from "../auth/permissions";
import { recordAudit, type Actor } from "../audit/record-audit";
import { dataDir } from "../evidence/config";
import { ApiError } from "../http/errors";
import { prepareExport, type ExportManifest, type ExportRequest } from "./build-export";
import type { ExportFormat } from "./schemas";
import { zipStream } from "./zip";

/** Snapshots live in <data>/exports/<id>/, one file per exported file, paths stored relative to the data folder. */
export function snapshotsDir(): string {
  return path.join(dataDir(), "exports");
}

const SAFE_NAME = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

export interface SnapshotView {
  id: string;
  format: ExportFormat;
  createdAt: string;
  manifest: ExportManifest;
}

/**
 * Runs an export to files and pins it: the files go under the data folder, the manifest (filter, time, row counts,
 * SHA-256 of every file) into ExportSnapshot with an audit event, in one transaction. A failure leaves neither the
 * row nor the files. Downloading the snapshot later streams those files, so they are byte-identical whatever
 * changed in the data since.
 */
export async function createSnapshot(
  database: Pick<Database, "prisma" | "driver">,
  request: ExportRequest,
  actor: Actor,
  options: { role?: Role; baseUrl?: string; signal?: AbortSignal } = {},
): Promise<SnapshotView> {
  const id = randomUUID();
  const now = new Date();
  const relative = path.posix.join("exports", id);
  const dir = path.join(snapshotsDir(), id);
  await mkdir(dir, { recursive: true });
  try {
    const prepared = await prepareExport(database, request, { ...options, now });
    for await (const file of prepared.files()) {
      await pipeline(Readable.from(file.content()), createWriteStream(path.join(dir, file.name)));
    }
    const manifest: ExportManifest = { ...prepared.manifest, snapshotId: id };
    await database.prisma.$transaction(async (tx) => {
      await tx.exportSnapshot.create({
        data: { id, format: request.format, filter: manifest.filter, manifest: JSON.parse(JSON.stringify(manifest)), storagePath: relative, createdById: actor.kind === "system" ? null : actor.userId, createdAt: now },
      });
      await recordAudit(tx, actor, { action: "create", entityType: "export_snapshot", entityId: id, after: { format: request.format, filter: manifest.filter, items: manifest.items } });
    });
    return { id, format: request.format, createdAt: now.toISOString(), manifest };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

export async function getSnapshot(prisma: Database["prisma"], id: string): Promise<SnapshotView & { storagePath: string }> {
  const row = await prisma.exportSnapshot.findUnique({ where: { id } });
  if (!row) throw ApiError.notFound(`Export snapshot ${id}`);
  return { id: row.id, format: row.format as ExportFormat, createdAt: row.createdAt.toISOString(), manifest: row.manifest as unknown as ExportManifest, storagePath: row.storagePath };
}

export async function listSnapshots(prisma: Database["prisma"], take = 20): Promise<SnapshotView[]> {
  const rows = await prisma.exportSnapshot.findMany({ orderBy: { createdAt: "desc" }, take });
  return rows.map((r) => ({ id: r.id, format: r.format as ExportFormat, createdAt: r.createdAt.toISOString(), manifest: r.manifest as unknown as ExportManifest }));
}

function storedFile(storagePath: string, name: string): string {
  if (!SAFE_NAME.test(name)) throw ApiError.notFound(`File ${name}`);
  const root = path.resolve(dataDir(), storagePath);
  if (!root.startsWith(snapshotsDir() + path.sep)) throw new Error("snapshot path outside the exports folder");
  return path.join(root, name);
}

async function* readStored(file: string): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file)) yield chunk as Buffer;
}

/**
 * The snapshot as it was downloaded the first time: its one file, or (CSV) the ZIP of its files and manifest with
 * the snapshot's time as the entries' time — the same bytes on every download.
 */
export function snapshotDownload(snapshot: SnapshotView & { storagePath: string }, fileName?: string) {
  const { manifest } = snapshot;
  const base = `sightline-snapshot-${snapshot.id.slice(0, 8)}`;
  if (fileName !== undefined) {
    if (!manifest.files.some((f) => f.name === fileName)) throw ApiError.notFound(`File ${fileName} in snapshot ${snapshot.id}`);
    const contentType = snapshot.format === "stix" ? "application/stix+json; charset=utf-8" : contentTypeOf(fileName);
    return { fileName: `${base}-${fileName}`, contentType, body: () => readStored(storedFile(snapshot.storagePath, fileName)) };
  }
  if (manifest.files.length === 1) return snapshotDownload(snapshot, manifest.files[0].name);
  const entries = [
    ...manifest.files.map((f) => ({ name: f.name, content: () => readStored(storedFile(snapshot.storagePath, f.name)) })),
    { name: "manifest.json", content: async function* () { yield Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`); } },
  ];
  return { fileName: `${base}-${snapshot.format}.zip`, contentType: "application/zip", body: () => zipStream(entries, new Date(snapshot.createdAt)) };
}

function contentTypeOf(name: string): string {
  if (name.endsWith(".csv")) return "text/csv; charset=utf-8";
  if (name.endsWith(".jsonl")) return "application/x-ndjson; charset=utf-8";
  if (name.endsWith(".jsonld")) return "application/ld+json; charset=utf-8";
  if (name.endsWith(".gexf")) return "application/gexf+xml; charset=utf-8";
  if (name.endsWith(".graphml")) return "application/graphml+xml; charset=utf-8";
  return "application/json; charset=utf-8";
}
