import "server-only";
import { exportStallSeconds } from "./export-limits";

export interface Download {
  fileName: string;
  contentType: string;
  body(): AsyncGenerator<Buffer>;
}

/**
 * A download as a streamed Response. Chunks are pulled only as the client reads (backpressure reaches the
 * database cursor or COPY), and when the client goes away — the stream is cancelled or the request aborts — the
 * generator is ended (its `finally` closes the read session: the cursor is closed, a COPY's connection dropped)
 * and the abort controller stops any batch in flight.
 */
export function downloadResponse(download: Download, abort: AbortController, headers: Record<string, string> = {}): Response {
  const chunks = download.body();
  let stall: ReturnType<typeof setTimeout> | undefined;
  const stop = async () => {
    clearTimeout(stall);
    abort.abort(new DOMException("The client went away", "AbortError"));
    await chunks.return(undefined).catch(() => {});
  };
  // A reader that takes nothing for the stall limit has gone in all but name: end the download so its database
  // connection goes back to the export pool (export-limits.ts).
  const watchStall = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    clearTimeout(stall);
    stall = setTimeout(() => {
      controller.error(new Error("The download stalled: the client read nothing for too long"));
      void stop();
    }, exportStallSeconds() * 1000);
    stall.unref?.();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        clearTimeout(stall);
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else {
            controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
            watchStall(controller);
          }
        } catch (error) {
          controller.error(error);
          await stop();
        }
      },
      cancel: stop,
    },
    { highWaterMark: 1 },
  );
  return new Response(stream, {
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": `attachment; filename="${download.fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
  });
}

/** An AbortController that follows the request's own signal (Next aborts it when the client disconnects). */
export function requestAbort(request: Request): AbortController {
  const abort = new AbortController();
  if (request.signal.aborted) abort.abort(request.signal.reason);
  else request.signal.addEventListener("abort", () => abort.abort(request.signal.reason), { once: true });
  return abort;
}
