import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * Starts `entry` (a TypeScript module, relative to the project root) in a worker thread, for CPU-heavy work that
 * must not block the server's event loop. Paths come from the working directory, as for the other files the server
 * reads at run time: Next bundles this module, but the thread loads its code from source.
 */
export function startThread(entry: string): Worker {
  const root = path.resolve(/* turbopackIgnore: true */ process.cwd());
  const boot = path.join(/* turbopackIgnore: true */ root, "lib", "jobs", "thread-boot.mjs");
  // Not bundled: Next would otherwise pull the boot file, tsx and esbuild's binary into the server build.
  return new Worker(/* turbopackIgnore: true */ boot, {
    workerData: { entry: pathToFileURL(path.join(/* turbopackIgnore: true */ root, entry)).href },
  });
}

/** Lets the event loop run between two pieces of synchronous work (structured-clone of a message, say). */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
