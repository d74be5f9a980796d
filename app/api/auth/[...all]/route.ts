import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";

/** better-auth's own endpoints (sign-in, sign-out, session). Resolved per request so the build opens no database. */
const handler = () => toNextJsHandler(getAuth());

export async function GET(request: Request): Promise<Response> {
  return handler().GET(request);
}

export async function POST(request: Request): Promise<Response> {
  return handler().POST(request);
}
