import "server-only";
import { handleApiError } from "./errors";

type Handler<C> = (request: Request, context: C) => Promise<unknown>;

/**
 * Wraps a route handler: what it returns is sent as JSON (a Response is passed through), anything it throws goes
 * through the one error mapper. Routes stay at "parse → call lib → return".
 */
export function apiRoute<C = unknown>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const result = await handler(request, context);
      return result instanceof Response ? result : Response.json(result, { headers: NO_STORE });
    } catch (error) {
      const { status, body } = handleApiError(error);
      return Response.json(body, { status, headers: NO_STORE });
    }
  };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** The query string as a plain object for a zod schema; repeated keys keep their last value. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
