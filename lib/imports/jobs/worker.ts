import type { PrismaClient } from "../../generated/prisma/client";
import { notifyJobRunner, startJobRunner, stopJobRunner, type JobRunnerSpec } from "../../jobs/runner";
import { claimJob, type JobClaim } from "./claim-job";
import { runImportJob } from "./run-job";

const IMPORTS: JobRunnerSpec<JobClaim> = {
  name: "Import",
  pollMs: 2_000,
  claim: (prisma) => claimJob(prisma),
  run: runImportJob,
  describe: (claim) => claim.jobId,
};

/**
 * The in-process import worker (lib/jobs/runner.ts). Started by the server at boot and lazily by the first import
 * API call; woken at once when a job is started here.
 */
export const startImportWorker = (getPrisma: () => PrismaClient) => startJobRunner(IMPORTS, getPrisma);
export const notifyImportWorker = () => notifyJobRunner(IMPORTS.name);
export const stopImportWorker = () => stopJobRunner(IMPORTS.name);
