import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { decideSuggestion } from "@/lib/clustering/decide-suggestion";
import { decideSuggestionBodySchema, suggestionIdSchema } from "@/lib/clustering/schemas";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { readJsonBody } from "@/lib/api-v1/http/body";

type Context = { params: Promise<{ id: string }> };

/** POST /api/clustering/suggestions/:id/reject { itemIds? } — all undecided items or the listed ones. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "write");
  const id = suggestionIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Suggestion");
  const body = decideSuggestionBodySchema.parse((await readJsonBody(request)) ?? {});
  return decideSuggestion(getDatabase().prisma, id.data, "reject", body, actorOf(principal));
});
