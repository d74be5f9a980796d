/**
 * npm run db:seed                       DISARM + the Matryoshka real case + demo users (idempotent)
 * npm run db:seed -- --items N [--seed S]  … plus N deterministic synthetic items
 * Uses the configured database (DATABASE_URL, else PGlite in ./data/pglite) and applies pending migrations first.
 */
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { openDatabase } from "../lib/db/client";
import { deployMigrations } from "../lib/db/migrations/commands";
import { readMigrationStatus } from "../lib/db/migrations/status";
import { loadDisarm } from "../lib/disarm/load";
import { parseSeedArgs, SEED_USAGE, SeedUsageError } from "../lib/seed/cli-args";
import { seedRealCase } from "../lib/seed/real-case";
import { seedSynthetic } from "../lib/seed/synthetic/seed-synthetic";

async function main(): Promise<number> {
  const options = parseSeedArgs(process.argv.slice(2));
  if (options.help) {
    console.log(SEED_USAGE);
    return 0;
  }
  const config = resolveDatabaseConfig();
  const database = openDatabase(config);
  try {
    console.log(`Seeding ${describeDatabase(config)}`);
    const status = await readMigrationStatus(database.rawQuery);
    if (status.failed.length) throw new Error(`Migrations marked failed: ${status.failed.join(", ")}`);
    if (status.pending.length) console.log(`Applied migrations: ${(await deployMigrations(database.adapterFactory)).join(", ")}`);

    const disarm = await loadDisarm(database.prisma);
    console.log(`DISARM: ${disarm.tactics} tactics, ${disarm.techniques} techniques (${disarm.written} rows written).`);
    const real = await seedRealCase(database.prisma);
    console.log(`Real case: ${real.items} items, ${real.sightings} sightings (${real.auditEvents} rows created).`);
    if (options.items > 0) {
      await seedSynthetic(database.prisma, { items: options.items, seed: options.seed, log: (line) => console.log(line) });
    }
    return 0;
  } finally {
    await database.close();
  }
}

// Exit explicitly: the wasm migration engine can leave a timer pending, and PGlite must be closed first (above).
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SeedUsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
