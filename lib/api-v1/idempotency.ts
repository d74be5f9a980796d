import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { ApiError } from "../http/errors";

/**
 * Idempotency-Key for POST (the IETF httpapi draft, as Stripe does it): the first request with a key claims it
 * (one INSERT … ON CONFLICT DO NOTHING, so two app instances cannot both claim it), runs, and stores its answer.
 * A repeat with the same body gets that answer again; with another body → 422; while the first still runs → 409.
 * Failed requests release their key, so a corrected retry may reuse it. Keys live 24 h.
 */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim this old without an answer belongs to a crashed process: the next request may take it over. */
export const IN_FLIGHT_TIMEOUT_MS = 2 * 60 * 1000;

export interface StoredResponse {
  status: number;
  body: unknown;
}
export interface IdempotentResult extends StoredResponse {
  replayed: boolean;
}
export interface IdempotencyRequest {
  principalKey: string;
  key: string;
  method: string;
  path: string;
  body: unknown;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function validateIdempotencyKey(key: string): string {
  if (!KEY_PATTERN.test(key)) {
    throw new ApiError(400, "invalid_idempotency_key", "Idempotency-Key must be 1–255 visible ASCII characters (a UUID is a good choice)", [
      { path: "Idempotency-Key", message: "must be 1–255 visible ASCII characters" },
    ]);
  }
  return key;
}

/** Equal JSON bodies hash equal whatever their key order or whitespace. */
export function requestHash(method: string, path: string, body: unknown): string {
  return crypto.createHash("sha256").update(`${method} ${path}\n${stableJson(body)}`).digest("hex");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export async function runIdempotent(
  prisma: PrismaClient,
  request: IdempotencyRequest,
  run: () => Promise<StoredResponse>,
  now: () => Date = () => new Date(),
): Promise<IdempotentResult> {
  const hash = requestHash(request.method, request.path, request.body);
  const claimed = await claim(prisma, request, hash, now());
  if (!claimed) {
    const existing = await prisma.idempotencyKey.findUnique({ where: { principalKey_key: { principalKey: request.principalKey, key: request.key } } });
    if (!existing) return runIdempotent(prisma, request, run, now); // expired and removed in between: claim afresh
    if (existing.requestHash !== hash) {
      throw new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was used with a different request; use a new key for a new request", [
        { path: "Idempotency-Key", message: "already used with a different method, path or body" },
      ]);
    }
    if (existing.status === null || existing.response === null) {
      throw new ApiError(409, "idempotency_in_flight", "A request with this Idempotency-Key is still being processed; retry shortly");
    }
    return { status: existing.status, body: existing.response, replayed: true };
  }
  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    await release(prisma, claimed);
    throw error;
  }
  await prisma.idempotencyKey.update({
    where: { id: claimed },
    data: { status: response.status, response: response.body as Prisma.InputJsonValue, completedAt: now() },
  });
  return { ...response, replayed: false };
}

/** Claims the key (returns the row id) or returns null when a live claim exists; expired ones are cleared first. */
async function claim(prisma: PrismaClient, request: IdempotencyRequest, hash: string, at: Date): Promise<string | null> {
  const expiredBefore = new Date(at.getTime() - IDEMPOTENCY_TTL_MS);
  const abandonedBefore = new Date(at.getTime() - IN_FLIGHT_TIMEOUT_MS);
  await prisma.$executeRaw(Prisma.sql`
    DELETE FROM idempotency_keys
    WHERE principal_key = ${request.principalKey} AND key = ${request.key}
      AND (created_at < ${expiredBefore} OR (status IS NULL AND created_at < ${abandonedBefore}))`);
  const rows = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
    INSERT INTO idempotency_keys (principal_key, key, method, path, request_hash, created_at)
    VALUES (${request.principalKey}, ${request.key}, ${request.method}, ${request.path}, ${hash}, ${at})
    ON CONFLICT (principal_key, key) DO NOTHING
    RETURNING id::text AS id`);
  return rows[0]?.id ?? null;
}

async function release(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.idempotencyKey.deleteMany({ where: { id, status: null } });
}

/** Housekeeping for a scheduled job: drops keys past their 24 h. */
export async function purgeExpiredIdempotencyKeys(prisma: PrismaClient, at = new Date()): Promise<number> {
  const { count } = await prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(at.getTime() - IDEMPOTENCY_TTL_MS) } } });
  return count;
}
