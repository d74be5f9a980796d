import type { PrismaClient } from "../../generated/prisma/client";
import { claimJob } from "./claim-job";
import { runImportJob } from "./run-job";

const POLL_MS = 2_000;

interface WorkerState {
  running: boolean;
  wake: (() => void) | null;
}
// On globalThis: dev-server reloads re-evaluate modules, and two loops in one process would only compete.
const holder = globalThis as typeof globalThis & { __sightlineImportWorker?: WorkerState };

/**
 * The in-process import worker: claims queued or interrupted jobs (safe with several app instances — see
 * claimJob) and runs them one at a time, off the request path. Started by the server at boot and lazily by the
 * first import API call; idempotent. Polls every 2 s (a stale job from a dead instance is found that way too)
 * and is woken at once when a job is started here.
 */
export function startImportWorker(getPrisma: () => PrismaClient): void {
  if (holder.__sightlineImportWorker?.running) return;
  const state: WorkerState = { running: true, wake: null };
  holder.__sightlineImportWorker = state;
  void loop(state, getPrisma);
}

/** Wakes the worker now instead of at its next poll (a job was just started). */
export function notifyImportWorker(): void {
  holder.__sightlineImportWorker?.wake?.();
}

export function stopImportWorker(): void {
  const state = holder.__sightlineImportWorker;
  if (!state) return;
  state.running = false;
  state.wake?.();
}

async function loop(state: WorkerState, getPrisma: () => PrismaClient): Promise<void> {
  while (state.running) {
    try {
      const prisma = getPrisma();
      const claim = await claimJob(prisma);
      if (claim) {
        const outcome = await runImportJob(prisma, claim);
        if (outcome !== "completed") console.warn(`Import ${claim.jobId}: ${outcome} (cancelled or taken over by another worker)`);
        continue;
      }
    } catch (error) {
      // A failing batch (database gone) leaves the job "running"; its heartbeat goes stale and it is resumed.
      console.error("Import worker:", error);
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
