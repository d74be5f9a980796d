import { ApiError } from "./errors";

/**
 * The body of a request as bytes, read chunk by chunk and abandoned as soon as it passes `limit` — a chunked body
 * without Content-Length is cut off while it streams, never buffered whole first (`request.text()` would hold all
 * 500 MB of it before any size check could run). A declared Content-Length above the limit is refused unread.
 */
export async function readBodyLimited(request: Request, limit: number, tooLarge: () => ApiError = () => bodyTooLarge(limit)): Promise<Buffer> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop pulling: the rest is never read (the socket's backpressure holds the sender). Not cancel(): that
      // destroys the socket under the 413 being written, and the client, still sending, gets a reset instead.
      reader.releaseLock();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

export function bodyTooLarge(limit: number): ApiError {
  const kib = Math.round(limit / 1024);
  return new ApiError(413, "payload_too_large", `The body is larger than ${kib} KiB`, [{ path: "(body)", message: `must be at most ${limit} bytes` }]);
}

/**
 * The same request with its body read under the limit into memory, for handlers we do not own (better-auth reads
 * `request.json()` itself, unbounded): they then get a body that is already known to be small.
 */
export async function withBoundedBody(request: Request, limit: number): Promise<Request> {
  const body = await readBodyLimited(request, limit);
  return new Request(request.url, { method: request.method, headers: request.headers, body: body.length > 0 ? new Uint8Array(body) : undefined, signal: request.signal });
}
