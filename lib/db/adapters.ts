import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createShadowPglite } from "./pglite";

/**
 * Both stock adapters mishandle migration scripts: pglite-prisma-adapter does not await `exec` (errors vanish)
 * and adapter-pg splits scripts on ";" (breaks $$ bodies and can half-apply a migration). We send each script
 * whole, as one simple-protocol query, which PostgreSQL runs atomically, and surface the real error.
 */
function withWholeScriptExecution(
  adapter: SqlDriverAdapter,
  factory: SqlMigrationAwareDriverAdapterFactory,
  run: (script: string) => Promise<void>,
) {
  adapter.executeScript = async (script) => {
    try {
      await run(script);
    } catch (error) {
      if (error instanceof Error) lastScriptErrors.set(factory, describeDatabaseError(error));
      throw asDriverAdapterError(error);
    }
  };
  return adapter;
}

type PgErrorFields = { code?: string; severity?: string; message: string; detail?: string; column?: string; hint?: string };

/**
 * The schema engine turns well-known PostgreSQL codes into its own wording ("No such table: x" for 42P01) and drops
 * the rest of the server's message, so the last script error is kept here for deployMigrations to report verbatim.
 */
const lastScriptErrors = new WeakMap<SqlMigrationAwareDriverAdapterFactory, string>();

/** The database's own text of the last failed migration script run through this factory, once. */
export function takeLastScriptError(factory: SqlMigrationAwareDriverAdapterFactory): string | undefined {
  const text = lastScriptErrors.get(factory);
  lastScriptErrors.delete(factory);
  return text;
}

function describeDatabaseError(error: Error): string {
  const e = error as Error & Partial<PgErrorFields>;
  const parts = [`${e.severity ?? "ERROR"}${e.code ? ` ${e.code}` : ""}: ${e.message}`];
  if (e.detail) parts.push(`DETAIL: ${e.detail}`);
  if (e.hint) parts.push(`HINT: ${e.hint}`);
  return parts.join("\n");
}

/** Keeps PostgreSQL's own code and message so a failing migration reports the real error. */
function asDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof Error) || !("code" in error)) return error;
  const e = error as Error & PgErrorFields;
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "N/A",
    severity: e.severity ?? "ERROR",
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

/** PGlite factory whose adapters await scripts and whose shadow database has pg_trgm. */
export function pgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(pglite);
  const wrap = async (client: PGlite, dispose?: () => Promise<void>) => {
    const adapter = await new PrismaPGlite(client).connect();
    withWholeScriptExecution(adapter, factory, async (script) => {
      await client.exec(script);
    });
    if (dispose) adapter.dispose = dispose;
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => wrap(pglite),
    connectToShadowDb: async () => {
      const shadow = await createShadowPglite();
      return wrap(shadow, () => shadow.close());
    },
  };
  return factory;
}

type PgPoolClient = { query(sql: string): Promise<unknown> };

/** PostgreSQL factory (adapter-pg) that runs migration scripts whole. It offers no shadow database. */
export function postgresAdapterFactory(url: string, options: { max?: number } = {}): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      const client = (adapter as unknown as { underlyingDriver(): PgPoolClient }).underlyingDriver();
      return withWholeScriptExecution(adapter, factory, async (script) => {
        await client.query(script);
      });
    },
    connectToShadowDb: () => {
      throw new Error("A PostgreSQL shadow database is not used: migrations are diffed against in-memory PGlite");
    },
  };
  return factory;
}
