import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { PrismaClient } from "../generated/prisma/client";
import { ApiError } from "../http/errors";
import { absoluteStoragePath } from "./config";

export interface EvidenceDownload {
  body: ReadableStream<Uint8Array>;
  headers: Record<string, string>;
}

/** RFC 6266 filename with an ASCII fallback, so any original name survives without header injection. */
export function contentDisposition(name: string | null, sha256: string, ext: string): string {
  const fallbackName = `${sha256.slice(0, 16)}.${ext}`;
  const wanted = name ?? fallbackName;
  const ascii = wanted.replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(wanted)}`;
}

/**
 * An evidence file as a download: the sniffed type, always as an attachment and with nosniff, so an uploaded
 * HTML or SVG could never render in the app's origin. Files of deleted items are visible to moderators only.
 */
export async function openEvidence(prisma: PrismaClient, id: string, canSeeDeleted: boolean): Promise<EvidenceDownload> {
  const evidence = await prisma.evidenceFile.findFirst({
    where: { id, ...(canSeeDeleted ? {} : { deletedAt: null, item: { deletedAt: null } }) },
  });
  if (!evidence) throw ApiError.notFound("Evidence file");
  const file = absoluteStoragePath(evidence.storagePath);
  const info = await stat(file).catch(() => null);
  if (!info) throw new ApiError(410, "gone", "The stored file is missing from the evidence folder");
  const ext = evidence.mimeType.split("/")[1]?.replace(/[^a-z0-9]/g, "") || "bin";
  return {
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    headers: {
      "Content-Type": evidence.mimeType,
      "Content-Length": String(info.size),
      "Content-Disposition": contentDisposition(evidence.originalName, evidence.sha256, ext),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      "X-Evidence-SHA256": evidence.sha256,
    },
  };
}
