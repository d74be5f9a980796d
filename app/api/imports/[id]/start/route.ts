import { connection } from "next/server";
import { readJsonBody } from "@/lib/api-v1/http/body";
import { actorOf } from "@/lib/auth/principal";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { importJobIdSchema, importsDatabase, startImportBodySchema } from "@/lib/imports/api";
import { toJobView } from "@/lib/imports/jobs/get-job";
import { startImportJob } from "@/lib/imports/jobs/start-job";
import { notifyImportWorker } from "@/lib/imports/jobs/worker";

type Context = { params: Promise<{ id: string }> };

/** POST /api/imports/:id/start — { mapping } (none for STIX): queues the job; the worker runs it in the background. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "import");
  const id = importJobIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Import job");
  const body = startImportBodySchema.parse((await readJsonBody(request)) ?? {});
  const job = await startImportJob(importsDatabase(), id.data, body.mapping, actorOf(principal));
  notifyImportWorker();
  return Response.json(toJobView(job), { status: 202, headers: { "Cache-Control": "no-store" } });
});
