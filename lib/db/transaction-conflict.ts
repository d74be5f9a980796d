/** SQLSTATEs PostgreSQL uses for "roll back and run the transaction again": deadlock detected, serialisation failure. */
const CONFLICT_STATES = new Set(["40P01", "40001"]);

/**
 * Whether a failed transaction lost a lock conflict rather than failed on its input: PostgreSQL's 40P01 / 40001,
 * seen directly (node-postgres), as Prisma's P2034 ("write conflict or deadlock"), or inside a raw query's error.
 */
export function isTransactionConflict(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { code?: unknown }; cause?: { code?: unknown } } | null;
  if (!e || typeof e !== "object") return false;
  return e.code === "P2034" || CONFLICT_STATES.has(String(e.code)) || CONFLICT_STATES.has(String(e.meta?.code)) || CONFLICT_STATES.has(String(e.cause?.code));
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
