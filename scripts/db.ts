/**
 * Database tooling that works offline, through Prisma's wasm schema engine:
 *   migration <name>  write prisma/migrations/<timestamp>_<name> from schema.prisma changes
 *   deploy            apply pending migrations to the selected database (DATABASE_URL, else PGlite)
 *   check             fail when schema.prisma and prisma/migrations disagree
 *   prepare           deploy, then load the real demo case into an empty database (what every server start
 *                     does itself, in instrumentation.ts; here for scripts and CI)
 */
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { openDatabase } from "../lib/db/client";
import { createMigration, deployMigrations, diffMigrationsToSchema } from "../lib/db/migrations/commands";
import { readMigrationStatus } from "../lib/db/migrations/status";
import { prepareDatabase } from "../lib/db/prepare";

async function deploy(): Promise<void> {
  const config = resolveDatabaseConfig();
  const database = openDatabase(config);
  try {
    if (process.argv[2] === "prepare") return await prepareDatabase(database);
    const status = await readMigrationStatus(database.rawQuery);
    if (status.failed.length) {
      throw new Error(`Migrations marked failed in _prisma_migrations: ${status.failed.join(", ")}`);
    }
    if (status.pending.length === 0) {
      console.log(`${describeDatabase(config)}: migrations are current (${status.applied.length} applied).`);
    } else {
      const applied = await deployMigrations(database.adapterFactory);
      console.log(`${describeDatabase(config)}: applied ${applied.length} migration(s): ${applied.join(", ")}`);
    }
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case "migration": {
      const name = args.find((a) => !a.startsWith("-"));
      if (!name) throw new Error("usage: npm run db:migration -- <name>");
      const file = await createMigration(name);
      console.log(file ? `Wrote ${file}` : "schema.prisma and prisma/migrations agree: no migration written.");
      return 0;
    }
    case "check": {
      const drift = await diffMigrationsToSchema();
      if (!drift.trim()) {
        console.log("schema.prisma and prisma/migrations agree.");
        return 0;
      }
      console.error("schema.prisma and prisma/migrations disagree. Run `npm run db:migration -- <name>`. Missing SQL:\n");
      console.error(drift);
      return 1;
    }
    case "deploy":
    case "prepare":
      await deploy();
      return 0;
    default:
      console.error("usage: tsx scripts/db.ts migration <name> | deploy | check | prepare");
      return 2;
  }
}

// The wasm engine leaves a timer pending after applyMigrations: exit explicitly.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
