import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { withBoundedBody } from "@/lib/http/read-body";
import { apiRoute } from "@/lib/http/route";

/** better-auth's own endpoints (sign-in, sign-out, session). Resolved per request so the build opens no database. */
const handler = () => toNextJsHandler(getAuth());

/** Sign-in and sign-out bodies are a few hundred bytes; better-auth itself would read any body whole. */
const AUTH_BODY_BYTES = 64 * 1024;

// Through apiRoute like every other route: the same cross-origin and query checks run before better-auth.
export const GET = apiRoute((request) => handler().GET(request));

export const POST = apiRoute(async (request) => handler().POST(await withBoundedBody(request, AUTH_BODY_BYTES)));
