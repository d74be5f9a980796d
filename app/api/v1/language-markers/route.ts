import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost } from "@/lib/api-v1/http/post";
import { createLanguageMarkerBodySchema, listLanguageMarkersQuerySchema } from "@/lib/api-v1/language-markers/schemas";
import { listLanguageMarkers, languageMarkers } from "@/lib/api-v1/language-markers/store";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/language-markers — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) =>
  listLanguageMarkers(prisma, listLanguageMarkersQuerySchema.parse(searchParamsOf(request)), principal),
);

export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) =>
    created({ data: await languageMarkers.create(context.prisma, createLanguageMarkerBodySchema.parse(body), context.principal) }),
  ),
);
