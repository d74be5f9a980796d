import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) run anywhere; integration tests (*.int.test.ts) run against a real database:
// in-memory PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set (a database the run creates and drops).
const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; lib code is plain server code under test.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
};
const integration = "**/*.int.test.ts";
const exclude = ["node_modules/**", ".next/**", "e2e/**", "lib/generated/**", "data/**"];

const integrationProject = (name: string, kind: "pglite" | "postgres") => ({
  resolve: { alias },
  test: {
    name,
    include: [integration],
    exclude,
    env: { SIGHTLINE_TEST_DB: kind },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...exclude, integration], testTimeout: 20_000 },
      },
      integrationProject("int-pglite", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integrationProject("int-postgres", "postgres")] : []),
    ],
  },
});
