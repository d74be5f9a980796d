import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { addAnnotationBodySchema } from "@/lib/items/annotation-schema";
import { addItemAnnotation } from "@/lib/items/item-annotations";
import { itemIdSchema } from "@/lib/items/schemas";
import { readJsonBody } from "@/lib/api-v1/http/body";

type Context = { params: Promise<{ id: string }> };

/** POST /api/items/:id/annotations { marker, startOffset, endOffset, quote, note? } — fact-checkers and admins. */
export const POST = apiRoute<Context>(async (request, context) => {
  await connection();
  const principal = await authorise(request, "write");
  const id = itemIdSchema.safeParse((await context.params).id);
  if (!id.success) throw ApiError.notFound("Item");
  const body = addAnnotationBodySchema.parse(await readJsonBody(request));
  const annotation = await addItemAnnotation(getDatabase().prisma, id.data, body, actorOf(principal));
  return Response.json(annotation, { status: 201, headers: { "Cache-Control": "no-store" } });
});
