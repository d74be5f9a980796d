import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/** A throwaway in-memory database with the app's extensions, used as the migration shadow and scratch space. */
export function createShadowPglite(): Promise<PGlite> {
  return PGlite.create("memory://", { extensions: { pg_trgm } });
}
