import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { readJsonBody } from "@/lib/api-v1/http/body";
import { decisionIdSchema, requestRunBodySchema } from "@/lib/clustering/schemas";
import { undoDecision } from "@/lib/clustering/undo-decision";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** POST /api/clustering/decisions/:id/undo (no body) — undoes an accept/reject for 10 minutes: the decider or an admin. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "write");
  const id = decisionIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Decision");
  requestRunBodySchema.parse((await readJsonBody(request)) ?? {});
  return undoDecision(getDatabase().prisma, id.data, actorOf(principal), principal.role === "admin");
});
