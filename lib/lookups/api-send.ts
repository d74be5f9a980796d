import { ApiClientError } from "../http/api-client";
import type { ApiErrorBody } from "../http/errors";

/** POST/PATCH/DELETE JSON to an API route; errors in the one error shape become an ApiClientError (with field details). */
export async function apiSend<T>(method: "POST" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) return (await response.json()) as T;
  let error: ApiErrorBody["error"] | undefined;
  try {
    error = ((await response.json()) as ApiErrorBody).error;
  } catch {
    // not JSON (a proxy page): fall through to a generic message
  }
  throw new ApiClientError(response.status, error?.code ?? "http_error", error?.message ?? `Request failed with status ${response.status}`, error?.details);
}
