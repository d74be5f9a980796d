import { ApiError } from "../http/errors";

/**
 * Limits that keep stalled or slow downloads from holding the export connections (issue: four downloads that
 * stopped reading held all four, "idle in transaction", and a tiny export then got no answer).
 */
const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** A download whose reader takes nothing for this long is ended, and so is a transaction left idle that long. */
export const exportStallSeconds = () => seconds("SIGHTLINE_EXPORT_STALL_SECONDS", 60);
/** The longest one export statement (a COPY, a FETCH) may run. */
export const exportStatementSeconds = () => seconds("SIGHTLINE_EXPORT_STATEMENT_TIMEOUT_SECONDS", 600);
/** How long an export waits for a free export connection before it is answered 503. */
export const exportPoolWaitSeconds = () => seconds("SIGHTLINE_EXPORT_POOL_WAIT_SECONDS", 10);

/** Every export connection is busy: try again shortly (503 + Retry-After, lib/http/heavy-route.ts). */
export class ExportsBusyError extends ApiError {
  readonly retryAfterSeconds = 30;
  constructor() {
    super(503, "exports_busy", "Every export connection is busy with other downloads. Try again in 30 seconds.");
  }
}
