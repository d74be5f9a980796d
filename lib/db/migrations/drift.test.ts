import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "./commands";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./migration-files";

/**
 * `npm run db:check` fails CI when schema.prisma changed without a migration. The migrations are replayed on an
 * in-memory PGlite, so this needs no database server and runs with the unit tests.
 */
describe("db:check (migrations vs schema.prisma)", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sightline-drift-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("finds no drift between the real schema and prisma/migrations", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 60_000);

  it("reports the SQL a schema change needs when no migration was written", async () => {
    const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
    const changed = schema.replace(/^model Campaign \{\n/m, "model Campaign {\n  driftProbe String?\n");
    expect(changed).not.toBe(schema);
    const schemaPath = path.join(scratch, "schema.prisma");
    fs.writeFileSync(schemaPath, changed);
    const drift = await diffMigrationsToSchema({ schemaPath, migrationsDir: MIGRATIONS_DIR });
    expect(drift).toMatch(/ALTER TABLE "[a-z_]+" ADD COLUMN\s+"drift_?probe" TEXT/i);
  }, 60_000);
});
