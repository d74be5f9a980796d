import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit/record-audit";
import { runClustering } from "../engine";
import { loadClusterInput } from "../load-input";
import { saveSuggestions } from "../save-suggestions";
import { WEIGHTS_VERSION } from "../weights";
import { beatClusterRun, type RunClaim } from "./runs";

export type RunOutcome = "completed" | "lost";

const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs a claimed run: read → signals → communities → suggestions → save, with a heartbeat and the phase between
 * steps and a yield to the event loop, so the server keeps answering. Saving supersedes every open suggestion and
 * writes the new ones in one transaction, so readers see the old set or the new one, never half of each.
 */
export async function runClusterJob(prisma: PrismaClient, claim: RunClaim, onPhase?: (phase: string) => void): Promise<RunOutcome> {
  const run = await prisma.clusterRun.findUniqueOrThrow({ where: { id: claim.runId } });
  const actor: Actor = run.createdById ? { kind: "user", userId: run.createdById } : { kind: "system" };
  const phase = async (name: string, doneItems: number, totalItems: number) => {
    onPhase?.(name);
    await yieldToEventLoop();
    return beatClusterRun(prisma, claim, { phase: name, doneItems, totalItems });
  };
  try {
    if (!(await phase("loading", 0, run.totalItems))) return "lost";
    const { input, bands } = await loadClusterInput(prisma);
    const total = input.items.length;
    if (!(await phase("signals", 0, total))) return "lost";
    // The engine is synchronous; it runs between two heartbeats (≈ 10 s for 100k items, well inside the 30 s
    // after which a run counts as interrupted).
    const result = runClustering({ ...input, seed: 1 }, { bands });
    if (!(await phase("saving", total, total))) return "lost";
    return await prisma.$transaction(async (tx) => {
      const owned = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT id::text FROM cluster_runs WHERE id = ${claim.runId}::uuid AND status = 'running' AND heartbeat_at = ${claim.heartbeatAt} FOR UPDATE`);
      if (!owned[0]) return "lost" as const;
      await tx.clusterSuggestion.updateMany({ where: { status: "open" }, data: { status: "superseded" } });
      const ids = await saveSuggestions(tx, claim.runId, result.suggestions);
      const stats = { ...result.stats, suggestions: ids.length };
      await tx.clusterRun.update({
        where: { id: claim.runId },
        data: { status: "completed", phase: "done", doneItems: total, totalItems: total, finishedAt: new Date(), heartbeatAt: new Date(), stats, weightsVersion: WEIGHTS_VERSION },
      });
      await recordAudit(tx, actor, { action: "clustering.run.finish", entityType: "cluster_run", entityId: claim.runId, after: stats });
      return "completed" as const;
    }, { timeout: 120_000 });
  } catch (error) {
    await prisma.clusterRun.updateMany({
      where: { id: claim.runId, status: "running", heartbeatAt: claim.heartbeatAt },
      data: { status: "failed", finishedAt: new Date(), error: error instanceof Error ? error.message.slice(0, 500) : String(error) },
    });
    throw error;
  }
}
