import { ApiClientError } from "@/lib/http/api-client";

/** An API 422's details by field, so each message can sit under its own input. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiClientError)) return {};
  return Object.fromEntries(error.details.map((d) => [d.path, d.message]));
}
