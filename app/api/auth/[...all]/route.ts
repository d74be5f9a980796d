import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { withClientAddressChain } from "@/lib/auth/client-address";
import { withBoundedBody } from "@/lib/http/read-body";
import { apiRoute } from "@/lib/http/route";

/**
 * better-auth's own endpoints (sign-in, sign-out, session). Resolved per request so the build opens no database.
 * Each request carries the client address this server worked out (lib/auth/client-address.ts), which better-auth's
 * rate limiter keys on; its 429 gets the standard Retry-After next to its own X-Retry-After.
 */
const handler = () => toNextJsHandler(getAuth());

/** Sign-in and sign-out bodies are a few hundred bytes; better-auth itself would read any body whole. */
const AUTH_BODY_BYTES = 64 * 1024;

async function handle(request: Request, method: "GET" | "POST"): Promise<Response> {
  const response = await handler()[method](new Request(request, { headers: withClientAddressChain(request.headers) }));
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status === 429 && retryAfter && !response.headers.has("retry-after")) {
    const headers = new Headers(response.headers);
    headers.set("Retry-After", retryAfter);
    return new Response(response.body, { status: 429, statusText: response.statusText, headers });
  }
  return response;
}

// Through apiRoute like every other route: the same cross-origin and query checks run before better-auth.
export const GET = apiRoute((request) => handle(request, "GET"));

export const POST = apiRoute(async (request) => handle(await withBoundedBody(request, AUTH_BODY_BYTES), "POST"));
