import type { PrismaClient } from "../../generated/prisma/client";
import { notifyJobRunner, startJobRunner, stopJobRunner, type JobRunnerSpec } from "../../jobs/runner";
import { runClusterJob } from "./run-job";
import { claimClusterRun, type RunClaim } from "./runs";

const CLUSTERING: JobRunnerSpec<RunClaim> = {
  name: "Clustering run",
  pollMs: 5_000,
  claim: (prisma) => claimClusterRun(prisma),
  run: (prisma, claim) => runClusterJob(prisma, claim),
  describe: (claim) => claim.runId,
};

/** The in-process clustering worker (lib/jobs/runner.ts): runs queued or interrupted runs one at a time. */
export const startClusterWorker = (getPrisma: () => PrismaClient) => startJobRunner(CLUSTERING, getPrisma);
export const notifyClusterWorker = () => notifyJobRunner(CLUSTERING.name);
export const stopClusterWorker = () => stopJobRunner(CLUSTERING.name);
