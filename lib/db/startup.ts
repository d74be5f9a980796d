import { getDatabase } from "../db";
import { prepareDatabase } from "./prepare";

/**
 * Server start: apply migrations and first-run data, or stop the process with a clear reason; then start the
 * background workers that resume imports and clustering runs interrupted by a restart.
 */
export async function prepareOnStartup(): Promise<void> {
  try {
    await prepareDatabase(getDatabase());
  } catch (error) {
    console.error(`Sightline cannot start: ${error instanceof Error ? error.message : String(error)}`);
    await getDatabase().close().catch(() => {});
    process.exit(1);
  }
  // Not awaited: the first page need not wait for the worker's code to load.
  void import("../imports/jobs/worker").then(({ startImportWorker }) => startImportWorker(() => getDatabase().prisma));
  // Clustering runs too: a run queued or interrupted before a restart is picked up again.
  void import("../clustering/jobs/worker").then(({ startClusterWorker }) => startClusterWorker(() => getDatabase().prisma));
  // Expired pending uploads and files of ended or abandoned imports leave the data folder (hourly).
  void import("../evidence/data-folder-cleanup").then(({ startDataFolderCleanup }) => startDataFolderCleanup(() => getDatabase().prisma));
}
