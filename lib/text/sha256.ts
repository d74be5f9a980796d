import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";

/** Lowercase hex SHA-256 of bytes already in memory. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * Lowercase hex SHA-256 of a stream, read chunk by chunk so a multi-gigabyte evidence video never sits in memory.
 * Accepts Node streams and web ReadableStreams (e.g. `file.stream()` of an uploaded File).
 */
export async function sha256OfStream(stream: Readable | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) hash.update(chunk);
  return hash.digest("hex");
}

/** Lowercase hex SHA-256 of a file on disk. */
export function sha256OfFile(path: string): Promise<string> {
  return sha256OfStream(createReadStream(path));
}
