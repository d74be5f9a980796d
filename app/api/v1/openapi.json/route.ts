import { connection } from "next/server";
import { rateLimitFromEnv } from "@/lib/api-v1/rate-limit";
import { apiRoute } from "@/lib/http/route";
import { buildOpenApiDocument } from "@/lib/openapi/document";

/** GET /api/v1/openapi.json — public: the contract is no secret, and tools fetch it without credentials. */
export const GET = apiRoute(async () => {
  await connection(); // rendered per request: the rate limit it states comes from the running server's environment
  return buildOpenApiDocument({ rateLimit: rateLimitFromEnv() });
});
