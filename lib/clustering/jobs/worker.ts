import type { PrismaClient } from "../../generated/prisma/client";
import { runClusterJob } from "./run-job";
import { claimClusterRun } from "./runs";

const POLL_MS = 5_000;

interface WorkerState {
  running: boolean;
  wake: (() => void) | null;
}
// On globalThis: dev-server reloads re-evaluate modules, and two loops in one process would only compete.
const holder = globalThis as typeof globalThis & { __sightlineClusterWorker?: WorkerState };

/**
 * The in-process clustering worker, like the import worker: claims queued or interrupted runs (safe with several
 * app instances — see claimClusterRun) and runs them one at a time, off the request path. Idempotent.
 */
export function startClusterWorker(getPrisma: () => PrismaClient): void {
  if (holder.__sightlineClusterWorker?.running) return;
  const state: WorkerState = { running: true, wake: null };
  holder.__sightlineClusterWorker = state;
  void loop(state, getPrisma);
}

/** Wakes the worker now instead of at its next poll (a run was just requested). */
export function notifyClusterWorker(): void {
  holder.__sightlineClusterWorker?.wake?.();
}

export function stopClusterWorker(): void {
  const state = holder.__sightlineClusterWorker;
  if (!state) return;
  state.running = false;
  state.wake?.();
}

async function loop(state: WorkerState, getPrisma: () => PrismaClient): Promise<void> {
  while (state.running) {
    try {
      const prisma = getPrisma();
      const claim = await claimClusterRun(prisma);
      if (claim) {
        const outcome = await runClusterJob(prisma, claim);
        if (outcome !== "completed") console.warn(`Clustering run ${claim.runId}: taken over by another worker`);
        continue;
      }
    } catch (error) {
      console.error("Clustering worker:", error);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, POLL_MS);
      timer.unref();
      state.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    state.wake = null;
  }
}
