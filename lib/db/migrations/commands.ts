import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pgliteAdapterFactory, takeLastScriptError } from "../adapters";
import { createShadowPglite } from "../pglite";
import { createSchemaEngine, describeEngineError, type EngineLog } from "./engine";
import {
  loadMigrationList,
  migrationFolderName,
  MIGRATIONS_DIR,
  readSchema,
  SCHEMA_PATH,
  writeMigration,
} from "./migration-files";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Where the commands read from; the defaults are prisma/. Tests point them at temporary folders. */
export interface MigrationOptions {
  migrationsDir?: string;
  schemaPath?: string;
  log?: EngineLog;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/**
 * SQL that takes the schema the migrations folder produces to the one schema.prisma describes ("" when equal).
 * The migrations are replayed on an in-memory PGlite shadow: the engine refuses a PGlite shadow for
 * createMigration and adapter-pg's shadow reuses the main database, so diff() is the dependable path.
 */
export async function diffMigrationsToSchema(options: MigrationOptions = {}): Promise<string> {
  const { migrationsDir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH, log } = options;
  const schema = readSchema(schemaPath);
  const scratch = await createShadowPglite();
  try {
    const engine = await createSchemaEngine(pgliteAdapterFactory(scratch), schema, log);
    try {
      const result = await engine.diff({
        from: { tag: "migrations", ...loadMigrationList(migrationsDir) },
        to: { tag: "schemaDatamodel", files: schema.map(([path, content]) => ({ path, content })) },
        script: true,
        exitCode: true,
        filters: NO_FILTERS,
      });
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    } finally {
      engine.free();
    }
  } catch (error) {
    throw new MigrationError(describeEngineError(error));
  } finally {
    await scratch.close();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema changes; null when there are none. */
export async function createMigration(name: string, options: MigrationOptions = {}): Promise<string | null> {
  const folder = migrationFolderName(name);
  const sql = await diffMigrationsToSchema(options);
  if (!sql.trim()) return null;
  return writeMigration(folder, `-- Migration ${folder}\n${sql}`, options.migrationsDir);
}

/** Applies pending migrations through the app's own adapter; each runs whole, in its own transaction. */
export async function deployMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: MigrationOptions = {},
): Promise<string[]> {
  const { migrationsDir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH, log } = options;
  const engine = await createSchemaEngine(factory, readSchema(schemaPath), log);
  takeLastScriptError(factory); // forget failures from earlier runs
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: loadMigrationList(migrationsDir),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } catch (error) {
    throw new MigrationError(describeDeployFailure(describeEngineError(error), takeLastScriptError(factory)));
  } finally {
    engine.free();
  }
}

/** Leads with the migration's name and the database's own error, as `prisma migrate deploy` does; engine text follows. */
function describeDeployFailure(engineMessage: string, databaseError: string | undefined): string {
  if (!databaseError) return engineMessage;
  const name = /migration_name="([^"]+)"/.exec(engineMessage)?.[1];
  // Each migration script runs as one statement batch, so PostgreSQL rolled all of it back.
  const headline = name
    ? `Migration ${name} failed and none of it was applied. The database said:`
    : "A migration failed and none of it was applied. The database said:";
  return `${headline}\n${databaseError}\n\n${engineMessage}`;
}
