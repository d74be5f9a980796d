import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { LogSightingResult } from "../../ingest/log-sighting";
import { recordInTransaction } from "./row-result";

type TxFn = (tx: Prisma.TransactionClient) => Promise<LogSightingResult>;
type TxOptions = Parameters<PrismaClient["$transaction"]>[1];

/**
 * A view of the Prisma client whose interactive transactions also write this row's ImportJobRow before they
 * commit. logSighting opens its own transaction (and retries it on a unique-key race); wrapping `$transaction`
 * puts the row record inside that same transaction, so a crash can never leave an item written but its row
 * unrecorded — which is what makes a resumed job exactly-once rather than at-least-once. The (jobId, rowNumber)
 * primary key also makes a second worker's attempt at the same row roll back whole.
 *
 * TODO(ingest): an `inTransaction(tx, result)` hook on logSighting's options would make this proxy unnecessary.
 */
export function recordingClient(prisma: PrismaClient, jobId: string, rowNumber: number, rowKey: string): PrismaClient {
  const transaction = (fn: TxFn, options?: TxOptions) =>
    prisma.$transaction(async (tx) => {
      const result = await fn(tx);
      const status = result.outcome === "created" ? "created" : "merged";
      await recordInTransaction(tx, jobId, { rowNumber, rowKey, status, itemId: result.itemId, sightingId: result.sightingId });
      return result;
    }, options);
  return new Proxy(prisma, {
    get(target, property) {
      if (property === "$transaction") return transaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
