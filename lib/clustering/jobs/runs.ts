import { Prisma, type ClusterRun, type PrismaClient } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit/record-audit";
import { ApiError } from "../../http/errors";
import { beatJob, claimNext } from "../../jobs/claim";
import { WEIGHTS_VERSION } from "../weights";

export interface RunClaim {
  runId: string;
  /** The heartbeat this worker wrote last: its proof of ownership (compare-and-swap on every update). */
  heartbeatAt: Date;
}

export interface ClusterRunView {
  id: string;
  status: ClusterRun["status"];
  phase: string | null;
  totalItems: number;
  doneItems: number;
  stats: unknown;
  weightsVersion: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export function toRunView(run: ClusterRun): ClusterRunView {
  return {
    id: run.id,
    status: run.status,
    phase: run.phase,
    totalItems: run.totalItems,
    doneItems: run.doneItems,
    stats: run.stats,
    weightsVersion: run.weightsVersion,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Queues a full run, or answers the one already queued or running (`created: false`): runs supersede each other,
 * so a second one at the same time would only redo the same work.
 */
export async function requestClusterRun(prisma: PrismaClient, actor: Actor): Promise<{ run: ClusterRun; created: boolean }> {
  return prisma.$transaction(async (tx) => {
    // One request at a time decides (two clicks at once must not queue two runs).
    await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('sightline.cluster_runs'))`);
    const active = await tx.clusterRun.findFirst({ where: { status: { in: ["queued", "running"] } }, orderBy: { createdAt: "desc" } });
    if (active) return { run: active, created: false };
    const run = await tx.clusterRun.create({
      data: { status: "queued", weightsVersion: WEIGHTS_VERSION, createdById: actor.kind === "system" ? null : actor.userId },
    });
    await recordAudit(tx, actor, { action: "clustering.run.request", entityType: "cluster_run", entityId: run.id, after: { weightsVersion: WEIGHTS_VERSION } });
    return { run, created: true };
  });
}

/** Takes the oldest queued or interrupted run, or `runId` (lib/jobs/claim.ts: never twice, across processes). */
export async function claimClusterRun(prisma: PrismaClient, runId?: string): Promise<RunClaim | null> {
  const claim = await claimNext(prisma, "cluster_runs", { id: runId });
  return claim ? { runId: claim.id, heartbeatAt: claim.heartbeatAt } : null;
}

/** Progress and a heartbeat, as a compare-and-swap: false means the run is no longer this worker's. */
export async function beatClusterRun(prisma: PrismaClient, claim: RunClaim, progress: { phase: string; doneItems: number; totalItems: number }): Promise<boolean> {
  const heartbeat = await beatJob(prisma, "cluster_runs", claim.runId, claim.heartbeatAt,
    Prisma.sql`phase = ${progress.phase}, done_items = ${progress.doneItems}, total_items = ${progress.totalItems}`);
  if (!heartbeat) return false;
  claim.heartbeatAt = heartbeat;
  return true;
}

export async function getClusterRun(prisma: PrismaClient, runId: string): Promise<ClusterRunView> {
  const run = await prisma.clusterRun.findUnique({ where: { id: runId } });
  if (!run) throw ApiError.notFound("Clustering run");
  return toRunView(run);
}

export async function listClusterRuns(prisma: PrismaClient, limit = 10): Promise<ClusterRunView[]> {
  return (await prisma.clusterRun.findMany({ orderBy: { createdAt: "desc" }, take: limit })).map(toRunView);
}
