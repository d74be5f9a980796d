import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

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
  // Security headers for every response; the pages' CSP (with its per-request nonce) and HSTS come from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
  experimental: {
    // A proxy makes Next.js buffer the body of each request it sees (pages only here: server-action posts, small).
    // The default 10 MB per request is what an unauthenticated flood of big posts could pin in memory; server
    // actions refuse bodies over 1 MB anyway.
    proxyClientMaxBodySize: "1mb",
  },
};

export default nextConfig;
