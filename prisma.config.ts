// Prisma CLI configuration. Only `prisma generate` runs through the CLI here: migrations go through
// the wasm schema engine (scripts/db.ts) because the CLI cannot download its native engine offline.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
