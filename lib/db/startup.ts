import { getDatabase } from "../db";
import { prepareDatabase } from "./prepare";

/** Server start: apply migrations and first-run data, or stop the process with a clear reason. */
export async function prepareOnStartup(): Promise<void> {
  try {
    await prepareDatabase(getDatabase());
  } catch (error) {
    console.error(`Sightline cannot start: ${error instanceof Error ? error.message : String(error)}`);
    await getDatabase().close().catch(() => {});
    process.exit(1);
  }
}
