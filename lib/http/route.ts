import "server-only";
import { handleApiError } from "./errors";
import { guardRequest } from "./guard-request";

type Handler<C> = (request: Request, context: C) => Promise<unknown>;

/**
 * Wraps a route handler: what it returns is sent as JSON (a Response is passed through), anything it throws goes
 * through the one error mapper. Routes stay at "parse → call lib → return". Every request first passes
 * guardRequest (cross-origin writes, NUL in the query).
 */
export function apiRoute<C = unknown>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      guardRequest(request);
      const result = await handler(request, context);
      return result instanceof Response ? result : Response.json(result, { headers: NO_STORE });
    } catch (error) {
      const { status, body, headers } = handleApiError(error);
      return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
    }
  };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** The query string as a plain object for a zod schema; repeated keys keep their last value. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
