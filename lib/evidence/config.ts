import path from "node:path";

const DEFAULT_MAX_UPLOAD_MB = 50;

/** The data folder (SIGHTLINE_DATA_DIR overrides "data"); evidence paths are stored relative to it so the folder can move. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.SIGHTLINE_DATA_DIR?.trim() || "data");
}

export function evidenceDir(): string {
  return path.join(dataDir(), "evidence");
}

/** Upload limit in bytes from SIGHTLINE_MAX_UPLOAD_MB (default 50); a malformed value falls back to the default. */
export function maxUploadBytes(): number {
  const mb = Number(process.env.SIGHTLINE_MAX_UPLOAD_MB);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024);
}

/** `evidence/ab/abcdef…`: content-addressed, so the same file uploaded twice is stored once. */
export function relativeStoragePath(sha256: string): string {
  return path.posix.join("evidence", sha256.slice(0, 2), sha256);
}

export function absoluteStoragePath(relative: string): string {
  const absolute = path.resolve(dataDir(), relative);
  // A stored path never leaves the data folder, whatever a row says.
  if (!absolute.startsWith(evidenceDir() + path.sep)) throw new Error("evidence path outside the evidence folder");
  return absolute;
}
