import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { annotationIdSchema } from "@/lib/items/annotation-schema";
import { removeItemAnnotation } from "@/lib/items/item-annotations";
import { itemIdSchema } from "@/lib/items/schemas";

type Context = { params: Promise<{ id: string; annotationId: string }> };

/** DELETE /api/items/:id/annotations/:annotationId — soft delete, audited; fact-checkers and admins. */
export const DELETE = apiRoute<Context>(async (request, context) => {
  await connection();
  const principal = await authorise(request, "write");
  const params = await context.params;
  const id = itemIdSchema.safeParse(params.id);
  const annotationId = annotationIdSchema.safeParse(params.annotationId);
  if (!id.success || !annotationId.success) throw ApiError.notFound("Annotation");
  return removeItemAnnotation(getDatabase().prisma, id.data, annotationId.data, actorOf(principal));
});
