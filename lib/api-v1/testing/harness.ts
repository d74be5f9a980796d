import type { Principal } from "../../auth/principal";
import type { Role } from "../../auth/permissions";
import { createApiToken } from "../../auth/api-tokens";
import type { Database } from "../../db/client";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database";
import { createUser } from "../../users/manage-users";

/**
 * Integration-test harness: a fresh database installed as the app's database (the same globalThis slot lib/db.ts
 * uses), so the real route handlers — authorise, rate limit, idempotency — run against it.
 */
const holder = globalThis as typeof globalThis & { __sightlineDatabase?: Database; __sightlineAuth?: unknown };

export interface Harness {
  database: TestDatabase;
  user(role: Role, email?: string): Promise<{ id: string; principal: Principal }>;
  token(userId: string, scope: "read" | "write", expiresAt?: Date): Promise<{ id: string; secret: string }>;
  close(): Promise<void>;
}

let counter = 0;

export async function openHarness(): Promise<Harness> {
  process.env.BETTER_AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
  const database = await createTestDatabase();
  holder.__sightlineDatabase = database;
  holder.__sightlineAuth = undefined;
  const system = { kind: "system" } as const;
  return {
    database,
    async user(role, email) {
      const user = await createUser(database.prisma, { email: email ?? `user${++counter}-${role}@test.example`, name: `Test ${role}`, role }, system);
      return { id: user.id, principal: { userId: user.id, email: user.email, name: user.name, role, via: "session", scope: "write" } };
    },
    async token(userId, scope, expiresAt) {
      const token = await createApiToken(database.prisma, { userId, name: `test ${scope}`, scope, expiresAt }, system);
      return { id: token.id, secret: token.secret };
    },
    async close() {
      holder.__sightlineDatabase = undefined;
      holder.__sightlineAuth = undefined;
      await database.destroy();
    },
  };
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler as Next would, with a Bearer token. */
export async function call<P = Record<string, never>>(
  handler: Handler<P>,
  options: { method?: string; path: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: P },
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  // A real request always carries Host; better-auth resolves its base URL from it.
  const headers: Record<string, string> = { host: "127.0.0.1:3000", ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const request = new Request(`http://127.0.0.1:3000${options.path}`, { method: options.method ?? "GET", headers, body });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}
