import { connection } from "next/server";
import { allows } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { openEvidence } from "@/lib/evidence/read-evidence";
import { ApiError } from "@/lib/http/errors";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { itemIdSchema } from "@/lib/items/schemas";

type Context = { params: Promise<{ id: string }> };

/** GET /api/evidence/:id — the stored file as an attachment, typed as sniffed at upload, never rendered inline. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "read");
  const id = itemIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Evidence file");
  const file = await openEvidence(getDatabase().prisma, id.data, allows(principal, "moderate"));
  return new Response(file.body, { headers: file.headers });
});
