import { createReadStream } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../audit/record-audit";
import { ApiError } from "../http/errors";
import { claimJob } from "./jobs/claim-job";
import { createImportJob } from "./jobs/create-job";
import { getImportJob, type ImportJobView } from "./jobs/get-job";
import { runImportJob, type RunOptions } from "./jobs/run-job";
import { startImportJob } from "./jobs/start-job";
import type { ImportFormat } from "./parse/formats";
import { offeredMapping } from "./saved-mapping";

export interface ImportFileOptions extends RunOptions {
  format?: ImportFormat;
  /** A mapping object (the CLI's --mapping file); otherwise the saved or guessed one. */
  mapping?: unknown;
  actor: Actor;
}

/**
 * The whole import in the calling process — upload, mapping, claim, run — with the same job code the worker
 * uses. The CLI runs this; so do the tests. Returns the job as the UI shows it.
 */
export async function importFile(prisma: PrismaClient, file: string, options: ImportFileOptions): Promise<ImportJobView> {
  const { job, scan } = await createImportJob(prisma, {
    fileName: path.basename(file),
    source: createReadStream(file),
    format: options.format,
    actor: options.actor,
  });
  const mapping = options.mapping ?? (await offeredMapping(prisma, job.format, scan.headers)).mapping;
  await startImportJob(prisma, job.id, mapping, options.actor);
  const claim = await claimJob(prisma, job.id);
  if (!claim) throw new ApiError(409, "not_claimable", `Import ${job.id} is already being run by another process`);
  await runImportJob(prisma, claim, options);
  return getImportJob(prisma, job.id);
}
