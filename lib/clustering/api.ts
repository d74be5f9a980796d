import "server-only";
import { getDatabase } from "../db";
import { startClusterWorker } from "./jobs/worker";

/** The web boundary of clustering: the database, with the run worker started (idempotent). */
export function clusteringDatabase() {
  startClusterWorker(() => getDatabase().prisma);
  return getDatabase().prisma;
}
