import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { fieldError } from "../ingest/field-error";
import { evidenceDir } from "./config";
import type { StoredUpload } from "./store-upload";

/**
 * An uploaded file not yet attached to an item (the form is still open). Evidence rows need an item, so the
 * pending state lives beside the file on the shared data folder — any app process can finish the save — and
 * becomes an EvidenceFile row in the transaction that saves the item.
 */
const pendingSchema = z.object({
  uploadId: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().positive(),
  mimeType: z.string(),
  ext: z.string(),
  storagePath: z.string(),
  originalName: z.string().nullable(),
  uploadedById: z.string().nullable(),
  uploadedAt: z.string(),
});
export type PendingUpload = z.infer<typeof pendingSchema>;

const pendingDir = () => path.join(evidenceDir(), "pending");
const manifestPath = (uploadId: string) => path.join(pendingDir(), `${uploadId}.json`);

/**
 * Control characters (C0, DEL, C1) and the invisible formatting characters that change how a name reads: bidi
 * overrides, embeddings, isolates and marks (U+202E turns "invoice\u202Efdp.exe" into "invoiceexe.pdf" on screen),
 * zero-width characters and the BOM.
 */
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** File names are kept for the custody record only; control and bidi characters and paths are dropped. */
export function cleanFileName(raw: string | null): string | null {
  if (!raw) return null;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // not percent-encoded: keep as sent
  }
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(HIDDEN_CHARACTERS, "").trim().slice(0, 255);
  return clean || null;
}

export async function savePendingUpload(stored: StoredUpload, originalName: string | null, uploadedById: string | null): Promise<PendingUpload> {
  const pending: PendingUpload = {
    uploadId: randomUUID(),
    ...stored,
    originalName,
    uploadedById,
    uploadedAt: new Date().toISOString(),
  };
  await mkdir(pendingDir(), { recursive: true });
  await writeFile(manifestPath(pending.uploadId), JSON.stringify(pending));
  return pending;
}

/** The pending uploads a save names; someone else's upload or an unknown id is a 422 naming the field. */
export async function readPendingUploads(uploadIds: readonly string[], userId: string | null): Promise<PendingUpload[]> {
  const uploads: PendingUpload[] = [];
  for (const [i, uploadId] of uploadIds.entries()) {
    const raw = z.uuid().safeParse(uploadId).success ? await readFile(manifestPath(uploadId), "utf8").catch(() => null) : null;
    const parsed = raw ? pendingSchema.safeParse(JSON.parse(raw)) : null;
    if (!parsed?.success || parsed.data.uploadedById !== userId) {
      throw fieldError(`evidence[${i}]`, "no such pending upload (it may have been saved already); upload the file again");
    }
    uploads.push(parsed.data);
  }
  return uploads;
}

/** After the save committed: the uploads are rows now. Best effort — a leftover manifest only wastes a few bytes. */
export async function discardPendingUploads(uploads: readonly PendingUpload[]): Promise<void> {
  await Promise.all(uploads.map((u) => rm(manifestPath(u.uploadId), { force: true })));
}
