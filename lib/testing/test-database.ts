import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../db/client";
import { deployMigrations } from "../db/migrations/commands";

/**
 * A fresh, migrated database for one integration test file: in-memory PGlite, or — when the Vitest project sets
 * SIGHTLINE_TEST_DB=postgres — a database created on TEST_DATABASE_URL's server and dropped afterwards.
 * It never touches an existing database.
 */
export interface TestDatabase extends Database {
  label: string;
  destroy(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const kind = process.env.SIGHTLINE_TEST_DB === "postgres" ? "postgres" : "pglite";
  if (kind === "pglite") {
    const database = openDatabase({ kind: "pglite", dataDir: "memory://" });
    await deployMigrations(database.adapterFactory);
    return { ...database, label: "pglite", destroy: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("SIGHTLINE_TEST_DB=postgres needs TEST_DATABASE_URL");
  const name = `sightline_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ kind: "postgres", url: url.toString() });
  await deployMigrations(database.adapterFactory);
  return {
    ...database,
    label: "postgres",
    async destroy() {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
