/**
 * Runs once when a Next.js server starts, before it serves requests: migrations, then first-run demo data.
 * Doing this in the server process (rather than a separate script before `next start`) opens the embedded
 * database once instead of twice, which is what keeps a warm restart under three seconds.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build must never open the database
  const { getDatabase } = await import("./lib/db");
  const { prepareDatabase } = await import("./lib/db/prepare");
  try {
    await prepareDatabase(getDatabase());
  } catch (error) {
    console.error(`Sightline cannot start: ${error instanceof Error ? error.message : String(error)}`);
    await getDatabase().close().catch(() => {});
    process.exit(1);
  }
}
