import { connection } from "next/server";
import { clusteringDatabase } from "@/lib/clustering/api";
import { getClusterRun } from "@/lib/clustering/jobs/runs";
import { clusterRunIdSchema } from "@/lib/clustering/schemas";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/clustering/runs/:id — status, phase and progress of a run. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "read");
  const id = clusterRunIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Clustering run");
  return getClusterRun(clusteringDatabase(), id.data);
});
