import type { Database } from "./client";
import { describeDatabase, resolveDatabaseConfig } from "./config";
import { deployMigrations } from "./migrations/commands";
import { readMigrationStatus } from "./migrations/status";

/**
 * What every start does before serving: apply pending migrations, then give an empty database the real demo case
 * so the first screen is never empty. The common (warm) path costs two cheap queries: the wasm schema engine is
 * loaded only when a migration is pending.
 */
export async function prepareDatabase(database: Database, log: (line: string) => void = console.log): Promise<void> {
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
  const { seedRealCaseIfEmpty } = await import("../seed/prepare");
  await seedRealCaseIfEmpty(database.prisma);
  const { ensureDemoCredentials, isDemoMode } = await import("../auth/demo-credentials");
  if (isDemoMode()) {
    const credentials = await ensureDemoCredentials(database.prisma);
    log(`Demo mode: ${credentials.length} demo users can sign in (credentials on the sign-in page).`);
  }
}
