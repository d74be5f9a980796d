import { ApiClientError } from "../http/api-client";
import type { ApiErrorBody } from "../http/errors";
import type { ImportPreview } from "./job-preview";
import type { ImportJobView } from "./jobs/get-job";
import type { ImportMapping } from "./mapping";

/** POST to an imports route; failures in the one error shape become ApiClientError (field details kept). */
async function post<T>(path: string, body: BodyInit | null, json = true): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    body,
    headers: json ? { "Content-Type": "application/json", Accept: "application/json" } : { Accept: "application/json" },
  });
  if (response.ok) return (await response.json()) as T;
  let error: ApiErrorBody["error"] | undefined;
  try {
    error = ((await response.json()) as ApiErrorBody).error;
  } catch {
    // not JSON (a proxy's page): generic message below
  }
  throw new ApiClientError(response.status, error?.code ?? "http_error", error?.message ?? `Request failed (${response.status})`, error?.details);
}

export function uploadImport(file: File): Promise<{ job: ImportJobView; preview: ImportPreview }> {
  const form = new FormData();
  form.set("file", file);
  return post("/api/imports", form, false);
}

export const previewImport = (id: string, mapping: ImportMapping) =>
  post<ImportPreview>(`/api/imports/${encodeURIComponent(id)}/preview`, JSON.stringify({ mapping }));

export const startImport = (id: string, mapping: ImportMapping | null) =>
  post<ImportJobView>(`/api/imports/${encodeURIComponent(id)}/start`, JSON.stringify(mapping ? { mapping } : {}));

export const cancelImport = (id: string) => post<ImportJobView>(`/api/imports/${encodeURIComponent(id)}/cancel`, null);
