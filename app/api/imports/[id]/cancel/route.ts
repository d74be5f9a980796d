import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { importJobIdSchema, importsDatabase } from "@/lib/imports/api";
import { cancelImportJob } from "@/lib/imports/jobs/cancel-job";
import { toJobView } from "@/lib/imports/jobs/get-job";

type Context = { params: Promise<{ id: string }> };

/** POST /api/imports/:id/cancel — stops a queued or running job; rows already imported stay. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  const principal = await authorise(request, "import");
  const id = importJobIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Import job");
  return toJobView(await cancelImportJob(importsDatabase(), id.data, actorOf(principal)));
});
