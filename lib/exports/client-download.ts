import { ApiClientError, apiUrl } from "../http/api-client";
import type { ApiErrorBody } from "../http/errors";

export interface DownloadProgress {
  bytes: number;
  /** Items in the export, from the X-Export-Items header (null for snapshot downloads). */
  items: number | null;
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * Fetches an export in the browser, reading the stream chunk by chunk to report bytes received, and returns it as a
 * Blob with the server's file name. Errors (4xx before the first byte) arrive in the one error shape.
 */
export async function downloadWithProgress(
  path: string,
  query: Record<string, string | null | undefined>,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  const response = await fetch(apiUrl(path, query), { signal });
  if (!response.ok || !response.body) {
    let error: ApiErrorBody["error"] | undefined;
    try {
      error = ((await response.json()) as ApiErrorBody).error;
    } catch {
      // not JSON
    }
    throw new ApiClientError(response.status, error?.code ?? "http_error", error?.message ?? `Export failed with status ${response.status}`, error?.details);
  }
  const items = response.headers.get("X-Export-Items");
  const fileName = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "sightline-export";
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  onProgress({ bytes, items: items === null ? null : Number(items) });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    bytes += value.length;
    onProgress({ bytes, items: items === null ? null : Number(items) });
  }
  return { blob: new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }), fileName };
}

/** Hands a Blob to the browser as a file download. */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
