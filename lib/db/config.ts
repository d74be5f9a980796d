import path from "node:path";

/** Which database Sightline talks to. Nothing outside lib/db needs to know. */
export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

export type DatabaseKind = DatabaseConfig["kind"];

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite in ./data/pglite (PGLITE_DATA_DIR overrides). */
export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must be a postgres:// or postgresql:// URL (got "${url.split(":")[0]}:…")`);
    }
    return { kind: "postgres", url };
  }
  const dir = env.PGLITE_DATA_DIR?.trim() || "data/pglite";
  // turbopackIgnore: keeps Turbopack from tracing the whole project through a runtime path.
  return { kind: "pglite", dataDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), dir) };
}

/** A URL safe to print: the password is masked. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PGlite at ${config.dataDir}`;
  try {
    const u = new URL(config.url);
    if (u.password) u.password = "***";
    return `PostgreSQL at ${u.toString()}`;
  } catch {
    return "PostgreSQL";
  }
}
