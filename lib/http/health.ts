import "server-only";
import { getDatabase } from "../db";
import { readMigrationStatus } from "../db/migrations/status";
import packageJson from "../../package.json";
import { ApiError } from "./errors";

const TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Liveness plus what an operator needs first: which database, and whether its migrations are current. */
export async function getHealth() {
  try {
    const database = getDatabase();
    const migrations = await withTimeout(readMigrationStatus(database.rawQuery), TIMEOUT_MS);
    return {
      status: "ok" as const,
      database: {
        kind: database.kind,
        migrations: { current: migrations.current, applied: migrations.applied.length, pending: migrations.pending.length },
      },
      version: packageJson.version,
    };
  } catch (error) {
    // The cause (a connection string, a lock holder's pid) stays in the server log.
    console.error("Health check: database unreachable:", error);
    throw new ApiError(503, "database_unavailable", "The database is unreachable");
  }
}
