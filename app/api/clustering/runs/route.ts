import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { clusteringDatabase } from "@/lib/clustering/api";
import { listClusterRuns, requestClusterRun, toRunView } from "@/lib/clustering/jobs/runs";
import { requestRunBodySchema } from "@/lib/clustering/schemas";
import { readJsonBody } from "@/lib/api-v1/http/body";
import { notifyClusterWorker } from "@/lib/clustering/jobs/worker";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";

/** GET /api/clustering/runs — the 10 most recent full runs, newest first. */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  return { runs: await listClusterRuns(clusteringDatabase()) };
});

/**
 * POST /api/clustering/runs — queues a full re-run (202); while one is queued or running, answers that one (200).
 * Permission "write": the fact-checkers who accept suggestions are the ones who need fresh ones after a batch of
 * decisions. A run never changes a confirmed link, only one runs at a time, and it runs in the background worker.
 */
export const POST = apiRoute(async (request) => {
  await connection();
  const principal = await authorise(request, "write");
  requestRunBodySchema.parse((await readJsonBody(request)) ?? {});
  const { run, created } = await requestClusterRun(clusteringDatabase(), actorOf(principal));
  notifyClusterWorker();
  return Response.json({ run: toRunView(run), created }, { status: created ? 202 : 200, headers: { "Cache-Control": "no-store" } });
});
