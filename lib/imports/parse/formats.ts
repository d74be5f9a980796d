import { ApiError } from "../../http/errors";

export const IMPORT_FORMATS = ["csv", "json", "jsonl", "stix"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const EXTENSIONS: Record<string, ImportFormat[]> = {
  csv: ["csv"],
  tsv: ["csv"],
  json: ["json", "stix"],
  jsonl: ["jsonl"],
  ndjson: ["jsonl"],
  stix: ["stix"],
};

/**
 * The format of an upload, decided by its extension AND its bytes: a renamed spreadsheet, a binary named .csv or
 * a JSON file named .csv is refused here with a message saying what it looks like, before any row is read.
 */
export function detectFormat(fileName: string, head: Uint8Array, requested?: ImportFormat): ImportFormat {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const allowed = EXTENSIONS[ext];
  if (!allowed) {
    throw unsupported(`"${ext ? `.${ext}` : fileName}" files cannot be imported; use .csv, .json, .jsonl or a STIX 2.1 bundle (.json)`);
  }
  const sniffed = sniff(head);
  if (sniffed === "binary") throw unsupported(`${fileName} is a binary file, not text (${describeBinary(head)})`);
  const text = new TextDecoder("utf-8").decode(head.subarray(0, 4096)).replace(/^\uFEFF/, "").trimStart();
  const looksJson = text.startsWith("{") || text.startsWith("[");
  if (allowed.includes("csv")) {
    if (looksJson) throw unsupported(`${fileName} looks like JSON, not CSV; rename it to .json or .jsonl`);
    return pick("csv", requested);
  }
  if (!looksJson) throw unsupported(`${fileName} does not start with JSON ("{" or "["); is it really ${ext.toUpperCase()}?`);
  if (allowed.includes("jsonl")) return pick("jsonl", requested);
  const isBundle = /^\{[\s\S]{0,400}?"type"\s*:\s*"bundle"/.test(text) || /"spec_version"\s*:\s*"2\.1"/.test(text);
  if (ext === "stix" || isBundle) return pick("stix", requested, ["json"]);
  return pick("json", requested, ["stix"]);
}

function pick(found: ImportFormat, requested?: ImportFormat, alsoOk: ImportFormat[] = []): ImportFormat {
  if (!requested || requested === found) return found;
  if (alsoOk.includes(requested)) return requested;
  throw unsupported(`the file looks like ${found.toUpperCase()}, not ${requested.toUpperCase()}`);
}

function sniff(head: Uint8Array): "text" | "binary" {
  const sample = head.subarray(0, 8192);
  if (sample.includes(0)) return "binary";
  try {
    // A multi-byte character may be cut at the end of the sample: allow an incomplete tail.
    new TextDecoder("utf-8", { fatal: true }).decode(sample.subarray(0, Math.max(0, sample.length - 4)));
  } catch {
    return "binary";
  }
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return control > sample.length * 0.01 ? "binary" : "text";
}

function describeBinary(head: Uint8Array): string {
  const magic = Array.from(head.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join("");
  if (magic.startsWith("504b0304")) return "a ZIP archive or Excel workbook: export the sheet as CSV";
  if (magic.startsWith("25504446")) return "a PDF";
  if (magic.startsWith("89504e47") || magic.startsWith("ffd8ff")) return "an image";
  return "not UTF-8 text";
}

function unsupported(message: string): ApiError {
  return new ApiError(415, "unsupported_file", message, [{ path: "file", message }]);
}
