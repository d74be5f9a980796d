import type { ApiErrorBody, ApiErrorDetail } from "./errors";

/** What a failed API call throws in the browser: the server's code, message and field details. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

type QueryValue = string | number | boolean | null | undefined;

/** Builds `path?query` leaving out empty values, so equal filters give equal URLs. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === "") continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** GET a JSON API route; errors in the one error shape become an ApiClientError. */
export async function apiGet<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiUrl(path, query), { signal, headers: { Accept: "application/json" } });
  if (response.ok) return (await response.json()) as T;
  let error: ApiErrorBody["error"] | undefined;
  try {
    error = ((await response.json()) as ApiErrorBody).error;
  } catch {
    // not JSON: a proxy or a crash page; fall through to a generic message.
  }
  throw new ApiClientError(
    response.status,
    error?.code ?? "http_error",
    error?.message ?? `Request failed with status ${response.status}`,
    error?.details,
  );
}
