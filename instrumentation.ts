/**
 * Runs once when a Next.js server starts, before it serves requests: migrations, then first-run demo data.
 * Doing this in the server process (rather than a separate script before `next start`) opens the embedded
 * database once instead of twice, which is what keeps a warm restart fast. The Node-only work lives in
 * lib/db/startup.ts so the Edge build of this file stays free of Node APIs.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build must never open the database
  // Rate limits key on the connection's address, which Next.js does not pass to handlers: stamp it on each request.
  const { stampPeerAddresses } = await import("./lib/auth/client-address");
  stampPeerAddresses();
  const { prepareOnStartup } = await import("./lib/db/startup");
  await prepareOnStartup();
}
