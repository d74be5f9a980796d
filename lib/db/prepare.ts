import type { Database } from "./client";
import { describeDatabase, resolveDatabaseConfig } from "./config";
import { deployMigrations } from "./migrations/commands";
import { readMigrationStatus } from "./migrations/status";

/**
 * What every start does before serving: apply pending migrations, then load the DISARM reference every instance
 * needs. Only demo mode (SIGHTLINE_DEMO=1, or `demo`) gives an empty database the real demo case and its users.
 * The common (warm) path costs two cheap queries: the wasm schema engine is loaded only when a migration is pending.
 */
export async function prepareDatabase(
  database: Database,
  log: (line: string) => void = console.log,
  demo?: boolean,
): Promise<void> {
  const where = describeDatabase(resolveDatabaseConfig());
  const status = await readMigrationStatus(database.rawQuery);
  if (status.failed.length) {
    throw new Error(
      `${where}: migrations marked failed in _prisma_migrations: ${status.failed.join(", ")}. ` +
        "Fix the migration, then remove its row (or mark it rolled back) and deploy again.",
    );
  }
  if (status.pending.length) {
    const applied = await deployMigrations(database.adapterFactory);
    log(`${where}: applied ${applied.length} migration(s): ${applied.join(", ")}`);
  }
  const { loadReferenceData, seedRealCaseIfEmpty } = await import("../seed/prepare");
  const { ensureDemoCredentials, isDemoMode } = await import("../auth/demo-credentials");
  if (!(demo ?? isDemoMode())) return loadReferenceData(database.prisma);
  await seedRealCaseIfEmpty(database.prisma);
  const credentials = await ensureDemoCredentials(database.prisma);
  log(`Demo mode: ${credentials.length} demo users can sign in (credentials on the sign-in page).`);
}
