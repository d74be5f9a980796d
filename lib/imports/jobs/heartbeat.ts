import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { beatJob } from "../../jobs/claim";
import type { JobClaim } from "./claim-job";
import type { RowResult } from "./row-result";

const MAX_STORED_FAILURES = 100;

/**
 * Adds a batch's tallies and beats, as a compare-and-swap on the heartbeat this worker wrote last. False means
 * the job is no longer ours to run: it was cancelled, or declared interrupted and claimed by another worker.
 */
export async function beat(prisma: PrismaClient, claim: JobClaim, results: readonly RowResult[]): Promise<boolean> {
  const n = (status: RowResult["status"]) => results.filter((r) => r.status === status).length;
  const failures = results
    .filter((r) => r.status === "failed")
    .slice(0, MAX_STORED_FAILURES)
    .map((r) => ({ row: r.rowNumber, field: r.field ?? null, reason: r.reason ?? null }));
  const heartbeat = await beatJob(prisma, "import_jobs", claim.jobId, claim.heartbeatAt, Prisma.sql`
      done_rows = done_rows + ${results.length}, created = created + ${n("created")}, merged = merged + ${n("merged")},
      skipped = skipped + ${n("skipped")}, failed = failed + ${n("failed")},
      failures = CASE WHEN jsonb_array_length(failures) >= ${MAX_STORED_FAILURES} THEN failures
                      ELSE failures || ${JSON.stringify(failures)}::jsonb END`);
  if (!heartbeat) return false;
  claim.heartbeatAt = heartbeat;
  return true;
}
