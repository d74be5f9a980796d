import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers and the wasm schema engine load native-ish assets from node_modules at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "pg",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Lint and typecheck run in `npm test`; the build does not repeat them.
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
