import type { PrismaClient } from "../generated/prisma/client";
import { cleanUpImportFiles } from "../imports/cleanup-files";
import { cleanUpPendingUploads } from "./cleanup-pending";

const FIRST_RUN_DELAY_MS = 60_000;
const EVERY_MS = 3_600_000;

/** One sweep of the data folder: expired pending uploads, then files of ended or abandoned imports. */
export async function cleanUpDataFolder(prisma: PrismaClient) {
  const uploads = await cleanUpPendingUploads(prisma);
  const imports = await cleanUpImportFiles(prisma);
  return { uploads, imports };
}

/**
 * In the server process: a minute after start (not in the way of the first requests), then hourly. Sweeps never
 * overlap, a failed one is logged and retried at the next tick, and the timer does not keep the process alive.
 * Everything is async file and database work in small steps, so requests are never blocked.
 */
export function startDataFolderCleanup(getPrisma: () => PrismaClient): void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const { uploads, imports } = await cleanUpDataFolder(getPrisma());
      const removed = uploads.manifests + uploads.tmp + imports.filesRemoved + imports.orphanFolders;
      if (removed) console.info(`data folder cleanup: ${JSON.stringify({ uploads, imports })}`);
    } catch (error) {
      console.error(`data folder cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  setTimeout(() => void sweep(), FIRST_RUN_DELAY_MS).unref();
  setInterval(() => void sweep(), EVERY_MS).unref();
}
