import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../client";
import { deployMigrations, MigrationError } from "./commands";
import { readMigrationStatus } from "./status";

/**
 * A migration that fails halfway must leave nothing behind and report PostgreSQL's own error: adapter-pg's stock
 * executeScript splits on ";" and would have committed the first CREATE TABLE. Runs on PGlite and PostgreSQL 15.
 */
const FIRST = "20260101000000_first";
const BROKEN = "20260102000000_broken";

function writeMigrations(dir: string) {
  const write = (name: string, sql: string) => {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  };
  write(FIRST, `CREATE TABLE "first_table" ("id" INTEGER PRIMARY KEY);\n`);
  write(
    BROKEN,
    `CREATE TABLE "half_applied" ("id" INTEGER PRIMARY KEY);\n` +
      `CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;\n` +
      `ALTER TABLE "missing_table" ADD COLUMN "x" INTEGER;\n`,
  );
}

/** An empty database of the kind this Vitest project tests: in-memory PGlite, or a new one on TEST_DATABASE_URL. */
async function openEmptyDatabase(): Promise<{ database: Database; destroy(): Promise<void> }> {
  if (process.env.SIGHTLINE_TEST_DB !== "postgres") {
    const database = openDatabase({ kind: "pglite", dataDir: "memory://" });
    return { database, destroy: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `sightline_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ kind: "postgres", url: url.toString() });
  return {
    database,
    async destroy() {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

describe("a failing migration", () => {
  let empty: Awaited<ReturnType<typeof openEmptyDatabase>>;
  let migrationsDir: string;
  let failure: unknown;

  beforeAll(async () => {
    migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-migrations-"));
    writeMigrations(migrationsDir);
    empty = await openEmptyDatabase();
    failure = await deployMigrations(empty.database.adapterFactory, { migrationsDir }).then(
      () => null,
      (error: unknown) => error,
    );
  });
  afterAll(async () => {
    await empty?.destroy();
    fs.rmSync(migrationsDir, { recursive: true, force: true });
  });

  it("is reported with PostgreSQL's own error text and the migration's name", () => {
    expect(failure).toBeInstanceOf(MigrationError);
    const message = (failure as Error).message;
    expect(message).toContain('relation "missing_table" does not exist');
    expect(message).toContain(BROKEN);
  });

  it("leaves nothing of itself behind, while the migration before it stays applied", async () => {
    const tables = await empty.database.rawQuery<{ first: string | null; half: string | null; fn: number }>(
      `SELECT to_regclass('public.first_table')::text AS first, to_regclass('public.half_applied')::text AS half,
              (SELECT count(*)::int FROM pg_proc WHERE proname = 'touch') AS fn`,
    );
    expect(tables[0]).toEqual({ first: "first_table", half: null, fn: 0 });
  });

  it("is recorded as failed, so the next deploy refuses to run over it", async () => {
    const onDisk = [FIRST, BROKEN];
    const status = await readMigrationStatus(empty.database.rawQuery, onDisk);
    expect(status).toMatchObject({ applied: [FIRST], failed: [BROKEN], current: false });
    await expect(deployMigrations(empty.database.adapterFactory, { migrationsDir })).rejects.toThrow(BROKEN);
  });
});
