import { idParam } from "@/lib/api-v1/http/params";
import { idempotentPost, ok } from "@/lib/api-v1/http/post";
import { v1Route } from "@/lib/api-v1/http/route";
import { languageMarkers } from "@/lib/api-v1/language-markers/store";

/** POST /api/v1/language-markers/{id}/restore — undoes a soft delete (admins). */
export const POST = v1Route<{ id: string }>("moderate", (context) =>
  idempotentPost(context, async () =>
    ok({ data: await languageMarkers.restore(context.prisma, await idParam(context.params, "Language marker"), context.principal) }),
  ),
);
