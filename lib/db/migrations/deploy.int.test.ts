import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { readMigrationStatus } from "./status";

describe("migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.destroy());

  it("are all applied and recorded in _prisma_migrations", async () => {
    const status = await readMigrationStatus(database.rawQuery);
    expect(status.pending).toEqual([]);
    expect(status.applied.length).toBeGreaterThan(0);
    expect(status.current).toBe(true);
  });

  it("install pg_trgm and the full-text trigger", async () => {
    const [{ sim }] = await database.rawQuery<{ sim: number }>(`SELECT similarity('Matryoshka', 'Matrioshka') AS sim`);
    expect(Number(sim)).toBeGreaterThan(0.3);
    await database.prisma.item.create({ data: { kind: "video", title: "Professeurs insultés", languages: ["fr"] } });
    const rows = await database.rawQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM items WHERE search_vector @@ websearch_to_tsquery('french', 'professeur')`,
    );
    expect(rows[0].n).toBe(1);
  });
});
