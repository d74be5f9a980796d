import { listMigrationNames } from "./migration-files";

export interface MigrationStatus {
  current: boolean;
  applied: string[];
  pending: string[];
  failed: string[];
}

type Row = { migration_name: string; finished_at: Date | string | null; rolled_back_at: Date | string | null };
export type RawQuery = <T>(sql: string) => Promise<T[]>;

/**
 * Compares prisma/migrations with the _prisma_migrations table using plain SQL, so a warm start and
 * /api/health need not load the wasm engine.
 */
export async function readMigrationStatus(query: RawQuery, onDisk = listMigrationNames()): Promise<MigrationStatus> {
  const [{ present }] = await query<{ present: boolean }>(
    `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`,
  );
  const rows = present
    ? await query<Row>(`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`)
    : [];
  const applied = rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const pending = onDisk.filter((name) => !applied.includes(name));
  return { current: pending.length === 0 && failed.length === 0, applied, pending, failed };
}
