import "server-only";
import { z } from "zod";
import { getDatabase } from "../db";
import { startImportWorker } from "./jobs/worker";

/** The web boundary of imports: the database, a running worker, and the upload form's fields. */
export function importsDatabase() {
  startImportWorker(() => getDatabase().prisma);
  return getDatabase().prisma;
}

export const importJobIdSchema = z.uuid();
export const startImportBodySchema = z.object({ mapping: z.unknown().optional() }).strict();
export const previewImportBodySchema = z.object({ mapping: z.unknown() }).strict();
