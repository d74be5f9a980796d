import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { ApiError } from "../http/errors";
import { absoluteStoragePath, evidenceDir, maxUploadBytes, relativeStoragePath } from "./config";
import { isAllowedEvidenceType, sniffType, SNIFF_BYTES } from "./sniff-type";

export interface StoredUpload {
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  ext: string;
  storagePath: string;
}

export function uploadTooLarge(limit = maxUploadBytes()): ApiError {
  const mb = Math.round((limit / 1024 / 1024) * 10) / 10;
  return new ApiError(413, "payload_too_large", `The file is larger than the ${mb} MB limit`, [
    { path: "file", message: `must be at most ${mb} MB` },
  ]);
}

/**
 * Streams an upload to a temporary file while hashing it and counting bytes — a 2 GB upload never sits in memory
 * and is cut off at the limit — then sniffs its type from the first bytes and moves it to its content address.
 * A refused upload (too large, wrong type) leaves nothing behind.
 */
export async function storeUpload(source: ReadableStream<Uint8Array>, limit = maxUploadBytes()): Promise<StoredUpload> {
  const tmpDir = path.join(evidenceDir(), "tmp");
  await mkdir(tmpDir, { recursive: true });
  const tmpPath = path.join(tmpDir, randomUUID());
  const hash = createHash("sha256");
  const head: Buffer[] = [];
  let headBytes = 0;
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) return done(uploadTooLarge(limit));
      hash.update(chunk);
      if (headBytes < SNIFF_BYTES) {
        head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
        headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(source as WebReadableStream<Uint8Array>), meter, createWriteStream(tmpPath));
    if (size === 0) throw new ApiError(422, "invalid_request", "The file is empty", [{ path: "file", message: "is empty" }]);
    const type = await sniffType(Buffer.concat(head));
    if (!type || !isAllowedEvidenceType(type.mime)) {
      const seen = type ? `its bytes say ${type.mime}` : "its bytes match no known image, video, audio or PDF format";
      throw new ApiError(415, "unsupported_media_type", `Evidence must be an image, video, audio or PDF file; ${seen}`, [
        { path: "file", message: type ? `is ${type.mime}, whatever its name says` : "is not a recognised image, video, audio or PDF file" },
      ]);
    }
    const sha256 = hash.digest("hex");
    const storagePath = relativeStoragePath(sha256);
    const target = absoluteStoragePath(storagePath);
    await mkdir(path.dirname(target), { recursive: true });
    if (await exists(target)) await rm(tmpPath, { force: true });
    else await rename(tmpPath, target);
    return { sha256, sizeBytes: size, mimeType: type.mime, ext: type.ext, storagePath };
  } catch (error) {
    await rm(tmpPath, { force: true });
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
