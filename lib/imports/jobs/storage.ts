import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable, Transform } from "node:stream";
import { IMPORT_LIMITS, tooLarge } from "../parse/limits";

/** Uploaded import files live in <data>/imports/<jobId>/ (SIGHTLINE_DATA_DIR overrides "data"). */
export function importsDir(): string {
  const base = process.env.SIGHTLINE_DATA_DIR?.trim() || "data";
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), base, "imports");
}

export interface StoredFile {
  storagePath: string;
  sha256: string;
  sizeBytes: number;
  head: Uint8Array;
}

/**
 * Streams an upload to disk, hashing as it goes and stopping at the size limit — a 2 GB upload never sits in
 * memory and is cut off at 50 MB. Returns the first bytes for content sniffing.
 */
export async function storeImportFile(jobId: string, fileName: string, source: ReadableStream<Uint8Array> | Readable): Promise<StoredFile> {
  const dir = path.join(importsDir(), jobId);
  await mkdir(dir, { recursive: true });
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]{1,8})$/)?.[1] ?? "bin";
  const storagePath = path.join(dir, `upload.${ext}`);
  const hash = createHash("sha256");
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > IMPORT_LIMITS.maxBytes) return done(tooLarge(size));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const input = source instanceof Readable ? source : Readable.fromWeb(source as import("node:stream/web").ReadableStream<Uint8Array>);
  try {
    await pipeline(input, meter, createWriteStream(storagePath));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { storagePath, sha256: hash.digest("hex"), sizeBytes: size, head: await readHead(storagePath) };
}

async function readHead(file: string, bytes = 65_536): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function removeImportFiles(jobId: string): Promise<void> {
  await rm(path.join(importsDir(), jobId), { recursive: true, force: true });
}
