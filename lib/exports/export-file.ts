import { createHash } from "node:crypto";

/** One file of an export, produced as a stream; its row count is known once it has been read. */
export interface ExportFile {
  name: string;
  contentType: string;
  content(): AsyncGenerator<Buffer>;
  /** Rows (records, lines, objects) written so far. */
  rows(): number;
}

export interface FileSummary {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
}

/** Wraps a file so that reading it also counts its bytes and hashes them (for the manifest). */
export function measured(file: ExportFile, onDone: (summary: FileSummary) => void): ExportFile {
  return {
    ...file,
    async *content() {
      const hash = createHash("sha256");
      let bytes = 0;
      for await (const chunk of file.content()) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
      onDone({ name: file.name, rows: file.rows(), bytes, sha256: hash.digest("hex") });
    },
  };
}

/** A file built from batches of text: every batch is encoded once and counted. */
export function textFile(name: string, contentType: string, produce: (count: (n: number) => void) => AsyncGenerator<string>): ExportFile {
  let rows = 0;
  return {
    name,
    contentType,
    rows: () => rows,
    async *content() {
      for await (const text of produce((n) => (rows += n))) if (text) yield Buffer.from(text, "utf8");
    },
  };
}
