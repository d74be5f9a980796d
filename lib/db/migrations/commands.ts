import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pgliteAdapterFactory } from "../adapters";
import { createShadowPglite } from "../pglite";
import { createSchemaEngine, describeEngineError, type EngineLog } from "./engine";
import { loadMigrationList, migrationFolderName, readSchema, writeMigration } from "./migration-files";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

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
export async function diffMigrationsToSchema(log?: EngineLog): Promise<string> {
  const scratch = await createShadowPglite();
  try {
    const engine = await createSchemaEngine(pgliteAdapterFactory(scratch), readSchema(), log);
    try {
      const result = await engine.diff({
        from: { tag: "migrations", ...loadMigrationList() },
        to: { tag: "schemaDatamodel", files: readSchema().map(([path, content]) => ({ path, content })) },
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
export async function createMigration(name: string, log?: EngineLog): Promise<string | null> {
  const folder = migrationFolderName(name);
  const sql = await diffMigrationsToSchema(log);
  if (!sql.trim()) return null;
  return writeMigration(folder, `-- Migration ${folder}\n${sql}`);
}

/** Applies pending migrations through the app's own adapter; each runs whole, in its own transaction. */
export async function deployMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  log?: EngineLog,
): Promise<string[]> {
  const engine = await createSchemaEngine(factory, readSchema(), log);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: loadMigrationList(),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } catch (error) {
    throw new MigrationError(describeEngineError(error));
  } finally {
    engine.free();
  }
}
