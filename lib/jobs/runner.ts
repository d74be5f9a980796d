import type { PrismaClient } from "../generated/prisma/client";

export interface JobRunnerSpec<C> {
  /** Names the loop in logs and keys its state ("Import", "Clustering"). */
  name: string;
  pollMs: number;
  claim: (prisma: PrismaClient) => Promise<C | null>;
  /** Runs a claimed job; any outcome but "completed" is logged (cancelled, or taken over by another worker). */
  run: (prisma: PrismaClient, claim: C) => Promise<string>;
  describe: (claim: C) => string;
}

interface RunnerState {
  running: boolean;
  wake: (() => void) | null;
}
// On globalThis: dev-server reloads re-evaluate modules, and two loops in one process would only compete.
const holder = globalThis as typeof globalThis & { __sightlineJobRunners?: Map<string, RunnerState> };
const runners = () => (holder.__sightlineJobRunners ??= new Map());

/**
 * An in-process background worker: claims queued or interrupted jobs (safe with several app instances: claims are
 * compare-and-swap, see claim.ts) and runs them one at a time, off the request path. Polls every `pollMs` (a stale
 * job from a dead instance is found that way too) and is woken at once by notifyJobRunner. Idempotent.
 */
export function startJobRunner<C>(spec: JobRunnerSpec<C>, getPrisma: () => PrismaClient): void {
  if (runners().get(spec.name)?.running) return;
  const state: RunnerState = { running: true, wake: null };
  runners().set(spec.name, state);
  void loop(state, spec, getPrisma);
}

/** Wakes the runner now instead of at its next poll (a job was just queued here). */
export function notifyJobRunner(name: string): void {
  runners().get(name)?.wake?.();
}

export function stopJobRunner(name: string): void {
  const state = runners().get(name);
  if (!state) return;
  state.running = false;
  state.wake?.();
}

async function loop<C>(state: RunnerState, spec: JobRunnerSpec<C>, getPrisma: () => PrismaClient): Promise<void> {
  while (state.running) {
    try {
      const prisma = getPrisma();
      const claim = await spec.claim(prisma);
      if (claim) {
        const outcome = await spec.run(prisma, claim);
        if (outcome !== "completed") console.warn(`${spec.name} ${spec.describe(claim)}: ${outcome} (cancelled or taken over by another worker)`);
        continue;
      }
    } catch (error) {
      // A failure mid-job (database gone) leaves it "running"; its heartbeat goes stale and it is resumed.
      console.error(`${spec.name} worker:`, error);
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, spec.pollMs);
      timer.unref();
      state.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    state.wake = null;
  }
}
