/** SQLSTATEs PostgreSQL uses for "roll back and run the transaction again": deadlock detected, serialisation failure. */
const CONFLICT_STATES = new Set(["40P01", "40001"]);

/**
 * Whether a failed transaction lost a lock conflict rather than failed on its input: PostgreSQL's 40P01 / 40001,
 * seen directly (node-postgres), as Prisma's P2034 ("write conflict or deadlock"), or — from a raw query — as P2010
 * whose driver adapter error carries the original SQLSTATE.
 */
export function isTransactionConflict(error: unknown): boolean {
  type Shape = { code?: unknown; meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } }; cause?: { code?: unknown } };
  const e = error as Shape | null;
  if (!e || typeof e !== "object") return false;
  const adapter = e.meta?.driverAdapterError?.cause;
  return (
    e.code === "P2034" ||
    adapter?.kind === "TransactionWriteConflict" ||
    [e.code, e.meta?.code, e.cause?.code, adapter?.originalCode].some((code) => CONFLICT_STATES.has(String(code)))
  );
}

/**
 * Runs a whole transaction again when it lost a lock conflict — what PostgreSQL asks of a deadlock's victim. Each
 * attempt starts from nothing (the failed one rolled back), after a short random pause so the two do not meet again.
 */
export async function retryOnConflict<T>(transaction: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
