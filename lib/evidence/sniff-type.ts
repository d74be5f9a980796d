import { fileTypeFromBuffer } from "file-type";

/** How many leading bytes sniffing needs (file-type reads at most this many for the formats allowed here). */
export const SNIFF_BYTES = 4100;

export interface SniffedType {
  mime: string;
  ext: string;
}

/** Evidence is a picture, a recording or a document; archives, executables and anything unknown are refused. */
export function isAllowedEvidenceType(mime: string): boolean {
  return /^(image|video|audio)\//.test(mime) || mime === "application/pdf";
}

/**
 * The type of a file from its first bytes (magic numbers), never from its name or the browser's claim: a zip
 * renamed .png is a zip. Null when the bytes match no known format.
 */
export async function sniffType(head: Uint8Array): Promise<SniffedType | null> {
  const found = await fileTypeFromBuffer(head);
  return found ? { mime: found.mime, ext: found.ext } : null;
}
