import type { PGlite, Transaction } from "@electric-sql/pglite";
import pg from "pg";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

/** What set-based writers need inside a transaction: raw SQL (the subset of Prisma's TransactionClient they use). */
export type SqlTransaction = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;
type Runner = <T>(fn: (tx: SqlTransaction) => Promise<T>) => Promise<T>;

const runners = new WeakMap<PrismaClient, Runner>();

/**
 * Runs `fn` in one transaction of the database behind `prisma`, for statements that carry large parameter arrays
 * (bulk import batches: megabytes of unnest arrays). Through Prisma every parameter is serialised to JSON, handed
 * to its query compiler (wasm) and back, then to the driver — measured at about a third of the import's Node CPU.
 * This goes straight to the driver instead — node-postgres on a connection of its own, or PGlite's own
 * transaction (which holds the embedded database exactly as a Prisma transaction on it does). The statements are
 * Prisma.sql fragments either way; a client without a driver attached (tests' own) gets a Prisma transaction.
 */
export function sqlTransaction<T>(prisma: PrismaClient, fn: (tx: SqlTransaction) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  const runner = runners.get(prisma);
  return runner ? runner(fn) : prisma.$transaction(fn, options);
}

/** Gives `prisma` direct PostgreSQL transactions (see sqlTransaction); returns the pool's close. */
export function attachPostgresTransactions(prisma: PrismaClient, url: string): () => Promise<void> {
  let pool: pg.Pool | null = null;
  runners.set(prisma, async (fn) => {
    pool ??= new pg.Pool({ connectionString: url, max: 2 });
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(postgresTransaction(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  });
  return async () => {
    await pool?.end();
    pool = null;
  };
}

/** Gives `prisma` direct PGlite transactions (see sqlTransaction). */
export function attachPgliteTransactions(prisma: PrismaClient, pglite: PGlite): void {
  runners.set(prisma, (fn) =>
    pglite.transaction((tx: Transaction) =>
      fn(
        driverTransaction(async (text, values) => {
          const result = await tx.query(text, values);
          return { rows: result.rows, count: result.affectedRows ?? 0 };
        }),
      ),
    ),
  );
}

type Query = TemplateStringsArray | Prisma.Sql;
type Run = (text: string, values: unknown[]) => Promise<{ rows: unknown[]; count: number }>;

function postgresTransaction(client: pg.PoolClient): SqlTransaction {
  return driverTransaction(async (text, values) => {
    const result = await client.query({ text, values });
    return { rows: result.rows, count: result.rowCount ?? 0 };
  });
}

function driverTransaction(run: Run): SqlTransaction {
  const sql = (query: Query, values: unknown[]) => (query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values));
  const exec = (query: Query, values: unknown[]) => {
    const statement = sql(query, values);
    return run(statement.text, statement.values);
  };
  // Prisma's methods return PrismaPromises; a plain promise does everything these writers ask of one.
  return {
    $queryRaw: (async (query: Query, ...values: unknown[]) => (await exec(query, values)).rows) as unknown as SqlTransaction["$queryRaw"],
    $executeRaw: (async (query: Query, ...values: unknown[]) => (await exec(query, values)).count) as unknown as SqlTransaction["$executeRaw"],
  };
}
