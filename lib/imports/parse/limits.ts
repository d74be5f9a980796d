import { ApiError } from "../../http/errors";

/**
 * Limits of one import file. A file is streamed, so memory is not the reason: a job over the row limit would run
 * for many minutes on PGlite and hold the embedded database the whole time; split it instead.
 */
export const IMPORT_LIMITS = {
  maxBytes: Number(process.env.SIGHTLINE_IMPORT_MAX_BYTES) || 50 * 1024 * 1024,
  maxRows: Number(process.env.SIGHTLINE_IMPORT_MAX_ROWS) || 200_000,
  /** A single cell larger than this is a broken file (an unclosed quote swallowing the rest), not data. */
  maxCellChars: 1_000_000,
} as const;

export function tooLarge(bytes: number): ApiError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new ApiError(413, "file_too_large", `The file is ${mb(bytes)}; imports are limited to ${mb(IMPORT_LIMITS.maxBytes)}`, [
    { path: "file", message: `must be at most ${mb(IMPORT_LIMITS.maxBytes)}` },
  ]);
}

export function tooManyRows(): ApiError {
  return new ApiError(422, "too_many_rows", `The file has more than ${IMPORT_LIMITS.maxRows} rows; split it into smaller files`, [
    { path: "file", message: `must have at most ${IMPORT_LIMITS.maxRows} rows` },
  ]);
}

/** A file that cannot be read as its format at all (as opposed to one bad row, which is a failed row). */
export function malformedFile(format: string, message: string): ApiError {
  return new ApiError(422, "malformed_file", `The file is not valid ${format.toUpperCase()}: ${message}`, [{ path: "file", message }]);
}
