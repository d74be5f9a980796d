import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../../audit/record-audit";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";

export interface EvidenceTestEnv {
  database: TestDatabase;
  /** A throwaway data folder, installed as SIGHTLINE_DATA_DIR. */
  dataDir: string;
  userId: string;
  actor: Actor;
  close(): Promise<void>;
}

/** A fresh database with one fact-checker, and a data folder of its own for uploads and imports. */
export async function openEvidenceTestEnv(prefix: string): Promise<EvidenceTestEnv> {
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  process.env.SIGHTLINE_DATA_DIR = dataDir;
  const database = await createTestDatabase();
  const userId = (await database.prisma.user.create({ data: { email: "fc@example.test", name: "Fact Checker", role: "fact_checker" } })).id;
  return {
    database,
    dataDir,
    userId,
    actor: { kind: "user", userId },
    async close() {
      await database.destroy();
      delete process.env.SIGHTLINE_DATA_DIR;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
