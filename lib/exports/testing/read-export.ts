import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PreparedExport } from "../build-export";

export async function collect(prepared: PreparedExport): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of prepared.body()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function tempFile(name: string, bytes: Buffer | string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sightline-export-")), name);
  writeFileSync(file, bytes);
  return file;
}

/** Unpacks a ZIP with Info-ZIP's unzip (what a researcher's shell has) and returns its files by name. */
export function unzipFiles(zip: Buffer): Map<string, Buffer> {
  const file = tempFile("export.zip", zip);
  const dir = path.join(path.dirname(file), "out");
  execFileSync("unzip", ["-q", file, "-d", dir]);
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name))]));
}
