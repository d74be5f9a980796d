import type { PrismaClient } from "../generated/prisma/client";
import { hitRateLimit, rateLimitHeaders, type RateLimitState } from "../api-v1/rate-limit";

/**
 * Fair share on the heavy internal endpoints: one person looping /api/graph (10 MB answers) must not slow everyone's
 * pages. Two limits per user and kind of work: requests per minute, counted in the database table the API's limiter
 * uses (lib/api-v1/rate-limit.ts, so every app instance shares the count), and requests in flight in this process
 * (a parallel burst). Over either: 429 in the one error shape with Retry-After. The defaults leave room for a page
 * that loads all its charts at once (the analytics page asks for seven).
 */
export const FAIR_SHARE = {
  graph: { perMinute: 60, inFlight: 3 },
  analytics: { perMinute: 240, inFlight: 8 },
  exports: { perMinute: 30, inFlight: 2 },
} as const;
export type HeavyWork = keyof typeof FAIR_SHARE;

const inFlight = new Map<string, number>();

/** SIGHTLINE_FAIR_SHARE_SCALE multiplies every limit (e.g. 10 for a load test); default 1. */
function scale(): number {
  const value = Number(process.env.SIGHTLINE_FAIR_SHARE_SCALE ?? 1);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function refusal(message: string, headers: Record<string, string>): Response {
  return Response.json({ error: { code: "rate_limited", message } }, { status: 429, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Runs `work` within the user's share, or answers 429 without running it. A streamed Response keeps its in-flight
 * slot until its body has been read to the end or cancelled; anything else frees it when `work` returns.
 */
export async function withFairShare<T>(
  prisma: PrismaClient,
  userId: string,
  kind: HeavyWork,
  work: () => Promise<T>,
): Promise<T | Response> {
  const limits = { perMinute: Math.ceil(FAIR_SHARE[kind].perMinute * scale()), inFlight: Math.ceil(FAIR_SHARE[kind].inFlight * scale()) };
  const key = `fair:${kind}:user:${userId}`;
  const running = inFlight.get(key) ?? 0;
  if (running >= limits.inFlight) {
    return refusal(`Too many ${kind} requests at once: at most ${limits.inFlight} in parallel. Retry in a moment.`, { "Retry-After": "1" });
  }
  // The slot is taken before the first await, so a parallel burst cannot all pass the check above together.
  inFlight.set(key, running + 1);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const left = (inFlight.get(key) ?? 1) - 1;
    if (left > 0) inFlight.set(key, left);
    else inFlight.delete(key);
  };
  let rate: RateLimitState;
  try {
    rate = await hitRateLimit(prisma, key, limits.perMinute);
  } catch (error) {
    release();
    throw error;
  }
  if (!rate.allowed) {
    release();
    return refusal(`Too many ${kind} requests: at most ${rate.limit} a minute. Retry after ${rate.resetSeconds} s.`, rateLimitHeaders(rate));
  }
  try {
    const result = await work();
    if (result instanceof Response && result.body) return releasedWhenRead(result, release) as T;
    release();
    return result;
  } catch (error) {
    release();
    throw error;
  }
}

function releasedWhenRead(response: Response, release: () => void): Response {
  const reader = response.body!.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) {
          release();
          controller.close();
        } else controller.enqueue(next.value);
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}
