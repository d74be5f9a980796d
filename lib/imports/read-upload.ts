import busboy from "busboy";
import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { z } from "zod";
import { ApiError } from "../http/errors";
import { importsDir } from "./jobs/storage";
import { IMPORT_FORMATS } from "./parse/formats";
import { IMPORT_LIMITS, tooLarge } from "./parse/limits";

/** Room for the multipart envelope and the small `format` field around a file at the size limit. */
const ENVELOPE_BYTES = 64 * 1024;

export interface ReceivedUpload {
  fileName: string;
  format?: (typeof IMPORT_FORMATS)[number];
  /** The file as received, from a temporary copy on disk; call `discard()` when done with it. */
  open(): Readable;
  discard(): Promise<void>;
}

const invalid = (message: string) => new ApiError(400, "invalid_request", message, [{ path: "file", message: "could not be read" }]);
const noFile = () => new ApiError(422, "invalid_request", "Choose a file to import", [{ path: "file", message: "is required" }]);

/**
 * A multipart upload (`file`, optionally `format`), parsed while it streams: the file part goes to a temporary
 * file and the whole body is cut off past the import size limit, so a chunked 500 MB body without Content-Length
 * never sits in memory (`request.formData()` would buffer all of it first).
 */
export async function receiveUpload(request: Request): Promise<ReceivedUpload> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > IMPORT_LIMITS.maxBytes + ENVELOPE_BYTES) throw tooLarge(declared);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType) || !request.body) {
    throw new ApiError(415, "unsupported_media_type", "Send the file as multipart/form-data with a `file` field", [{ path: "file", message: "is required" }]);
  }
  const tmpDir = path.join(importsDir(), "tmp");
  await mkdir(tmpDir, { recursive: true });
  const tmpPath = path.join(tmpDir, randomUUID());
  const discard = () => rm(tmpPath, { force: true });
  try {
    const { fileName, fields } = await parseMultipart(request.body, contentType, tmpPath);
    if (fileName === null) throw noFile();
    const rawFormat = fields.get("format");
    const format = rawFormat ? z.enum(IMPORT_FORMATS, { error: "must be csv, json, jsonl or stix" }).parse(rawFormat) : undefined;
    return { fileName, format, open: () => createReadStream(tmpPath), discard };
  } catch (error) {
    await discard();
    if (error instanceof ApiError || error instanceof z.ZodError) throw error;
    throw invalid("The upload is not valid multipart/form-data");
  }
}

async function parseMultipart(body: ReadableStream<Uint8Array>, contentType: string, tmpPath: string) {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fields: 4, parts: 6, fieldSize: 1024, fileSize: IMPORT_LIMITS.maxBytes, headerPairs: 20 },
    });
  } catch {
    throw invalid("The upload's multipart boundary is missing");
  }
  const fields = new Map<string, string>();
  let fileName: string | null = null;
  let fileWrite: Promise<void> | null = null;
  let fileError: unknown = null;
  let fileSize = 0;
  let truncated = false;
  parser.on("field", (name, value) => fields.set(name, value));
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || fileWrite) {
      stream.resume(); // not ours: drained, never kept
      return;
    }
    fileName = info.filename || "upload";
    stream.on("data", (chunk: Buffer) => (fileSize += chunk.length));
    // busboy stops writing at fileSize and drains the rest of the part itself; the body cap ends it soon after.
    stream.on("limit", () => (truncated = true));
    fileWrite = pipeline(stream, createWriteStream(tmpPath)).catch((error: unknown) => {
      fileError = error;
    });
  });
  await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), capBytes(IMPORT_LIMITS.maxBytes + ENVELOPE_BYTES), parser as Writable);
  if (fileWrite) await fileWrite;
  if (truncated) throw tooLarge(IMPORT_LIMITS.maxBytes + 1);
  if (fileError) throw fileError;
  return { fileName: fileSize === 0 ? null : fileName, fields };
}

/** Counts the raw body and fails the stream past `limit`, whatever the parts claim. */
function capBytes(limit: number): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, next) {
      size += chunk.length;
      next(size > limit ? tooLarge(size) : null, chunk);
    },
  });
}
