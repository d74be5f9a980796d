import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import { recordAudit, type Actor } from "../../audit/record-audit";
import { saveAssignments } from "../assignments";
import { runClusteringInThread } from "../engine-thread";
import { loadClusterInput } from "../load-input";
import { saveSuggestions } from "../save-suggestions";
import { WEIGHTS_VERSION } from "../weights";
import { beatClusterRun, type RunClaim } from "./runs";

export type RunOutcome = "completed" | "lost";

/** While the input loads and the engine runs in its thread, the run beats this often (well inside STALE_AFTER_SECONDS). */
const BEAT_MS = 5_000;

/**
 * Runs a claimed run: read → signals → communities → suggestions (in a worker thread: engine-thread.ts) → save,
 * with the phase and a heartbeat at each step and every BEAT_MS meanwhile, so the server keeps answering. Saving
 * supersedes every open suggestion and writes the new ones in one transaction, so readers see the old set or the
 * new one, never half of each.
 */
export async function runClusterJob(prisma: PrismaClient, claim: RunClaim, onPhase?: (phase: string) => void): Promise<RunOutcome> {
  const run = await prisma.clusterRun.findUniqueOrThrow({ where: { id: claim.runId } });
  const actor: Actor = run.createdById ? { kind: "user", userId: run.createdById } : { kind: "system" };
  let progress = { phase: "loading", doneItems: 0, totalItems: run.totalItems };
  // Beats are compare-and-swaps on the last heartbeat: one at a time, or two would race and one would read "lost".
  let owned = true;
  let last: Promise<boolean> = Promise.resolve(true);
  const beat = () => {
    const step = async () => (owned &&= await beatClusterRun(prisma, claim, progress));
    return (last = last.then(step, step));
  };
  const phase = (name: string, doneItems: number, totalItems: number) => {
    onPhase?.(name);
    progress = { phase: name, doneItems, totalItems };
    return beat();
  };
  // Also while the input loads: at 100k items on a busy machine that alone can outlast STALE_AFTER_SECONDS.
  const beating = setInterval(() => void beat().catch(() => {}), BEAT_MS);
  try {
    if (!(await phase("loading", 0, run.totalItems))) return "lost";
    const { input, bands } = await loadClusterInput(prisma);
    const total = input.items.length;
    if (!(await phase("signals", 0, total))) return "lost";
    const result = await runClusteringInThread({ ...input, seed: 1 }, bands, (name) => void phase(name, 0, total).catch(() => {}));
    clearInterval(beating);
    if (!(await phase("saving", total, total))) return "lost";
    return await prisma.$transaction(async (tx) => {
      const owned = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT id::text FROM cluster_runs WHERE id = ${claim.runId}::uuid AND status = 'running' AND heartbeat_at = ${claim.heartbeatAt} FOR UPDATE`);
      if (!owned[0]) return "lost" as const;
      await tx.clusterSuggestion.updateMany({ where: { status: "open" }, data: { status: "superseded" } });
      const ids = await saveSuggestions(tx, claim.runId, result.suggestions);
      await saveAssignments(tx, claim.runId, input.items, result);
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
  } finally {
    clearInterval(beating);
  }
}
