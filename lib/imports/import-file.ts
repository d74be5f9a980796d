import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { withOverrides } from "./cli-mapping";
import { dryRun, type DryRun } from "./dry-run";
import { guessFromRows, type MappingGuess } from "./guess-mapping";
import { claimJob } from "./jobs/claim-job";
import { createImportJob } from "./jobs/create-job";
import { getImportJob, type ImportJobView } from "./jobs/get-job";
import { runImportJob, type RunOptions } from "./jobs/run-job";
import { startImportJob } from "./jobs/start-job";
import { checkMappingAgainstFile, type ImportMapping } from "./mapping";
import { detectFormat, type ImportFormat } from "./parse/formats";
import { readHead } from "./read-head";
import { offeredMapping } from "./saved-mapping";

export interface ImportFileOptions extends RunOptions {
  format?: ImportFormat;
  /** A mapping object (the CLI's --mapping file); otherwise the saved or guessed one. */
  mapping?: unknown;
  /** Constants added to the mapping (the CLI's --set), and --strict. */
  constants?: Record<string, string | string[]>;
  strict?: boolean;
  actor: Actor;
}

/**
 * The whole import in the calling process — upload, mapping, claim, run — with the same job code the worker
 * uses. The CLI runs this; so do the tests and bench/real-import.ts. Returns the job as the UI shows it.
 */
export async function importFile(prisma: PrismaClient, file: string, options: ImportFileOptions): Promise<ImportJobView> {
  const { job, scan } = await createImportJob(prisma, {
    fileName: path.basename(file),
    source: createReadStream(file),
    format: options.format,
    actor: options.actor,
  });
  let mapping: unknown = null;
  if (job.format !== "stix") {
    const head = options.mapping ? [] : await readHead(job.storagePath!, job.format as Exclude<ImportFormat, "stix">);
    const base = options.mapping ?? (await offeredMapping(prisma, job.format, scan.headers, head)).mapping;
    mapping = options.constants || options.strict ? withOverrides(base, options) : base;
  }
  await startImportJob(prisma, job.id, mapping, options.actor);
  const claim = await claimJob(prisma, job.id);
  if (!claim) throw new ApiError(409, "not_claimable", `Import ${job.id} is already being run by another process`);
  await runImportJob(prisma, claim, options);
  return getImportJob(prisma, job.id);
}

/**
 * What an import of `file` would do, writing nothing (no database either): the guessed or given mapping with
 * its overrides, the guess's evidence, and the mapping run over the first rows.
 */
export async function dryRunFile(file: string, options: Omit<ImportFileOptions, "actor">): Promise<{ format: ImportFormat; mapping: ImportMapping; guess: MappingGuess; dryRun: DryRun }> {
  const handle = await open(file);
  const bytes = new Uint8Array(65_536);
  const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0).finally(() => handle.close());
  const format = detectFormat(path.basename(file), bytes.subarray(0, bytesRead), options.format);
  if (format === "stix") throw new ApiError(422, "invalid_request", "A STIX bundle needs no mapping: there is nothing to dry-run", [{ path: "--dry-run", message: "is for CSV, JSON and JSONL files" }]);
  const head = await readHead(file, format);
  const headers = [...new Set(head.flatMap((r) => Object.keys(r.values ?? {})))];
  const guess = guessFromRows(headers, head.flatMap((r) => (r.values ? [r.values] : [])));
  const mapping = withOverrides(options.mapping ?? guess.mapping, options);
  checkMappingAgainstFile(mapping, headers);
  return { format, mapping, guess, dryRun: dryRun(head, mapping) };
}
