import "server-only";
import { z } from "zod";
import { getDatabase } from "../db";
import { ApiError } from "../http/errors";
import { startImportWorker } from "./jobs/worker";
import { IMPORT_FORMATS } from "./parse/formats";
import { IMPORT_LIMITS, tooLarge } from "./parse/limits";

/** The web boundary of imports: the database, a running worker, and the upload form's fields. */
export function importsDatabase() {
  startImportWorker(() => getDatabase().prisma);
  return getDatabase().prisma;
}

export const importJobIdSchema = z.uuid();
export const startImportBodySchema = z.object({ mapping: z.unknown().optional() }).strict();
export const previewImportBodySchema = z.object({ mapping: z.unknown() }).strict();

/** A multipart upload: `file`, and optionally `format`. Too large is refused by its declared length before reading. */
export async function readUpload(request: Request): Promise<{ file: File; format?: (typeof IMPORT_FORMATS)[number] }> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > IMPORT_LIMITS.maxBytes + 64 * 1024) throw tooLarge(declared);
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
    throw new ApiError(415, "unsupported_media_type", "Send the file as multipart/form-data with a `file` field", [{ path: "file", message: "is required" }]);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, "invalid_request", "The upload is not valid multipart/form-data", [{ path: "file", message: "could not be read" }]);
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new ApiError(422, "invalid_request", "Choose a file to import", [{ path: "file", message: "is required" }]);
  const rawFormat = form.get("format");
  const format = rawFormat ? z.enum(IMPORT_FORMATS, { error: "must be csv, json, jsonl or stix" }).parse(rawFormat) : undefined;
  return { file, format };
}
