import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { importsDatabase } from "@/lib/imports/api";
import { receiveUpload } from "@/lib/imports/read-upload";
import { getImportPreview } from "@/lib/imports/job-preview";
import { createImportJob } from "@/lib/imports/jobs/create-job";
import { listImportJobs, toJobView } from "@/lib/imports/jobs/get-job";

/** GET /api/imports — the 20 most recent import jobs. */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "import");
  return { jobs: await listImportJobs(importsDatabase()) };
});

/** POST /api/imports — multipart `file` (+ `format`): stores and checks it; answers the job and a mapped preview. */
export const POST = apiRoute(async (request) => {
  await connection();
  const principal = await authorise(request, "import");
  const upload = await receiveUpload(request);
  const prisma = importsDatabase();
  const { job } = await createImportJob(prisma, { fileName: upload.fileName, source: upload.open(), format: upload.format, actor: actorOf(principal) }).finally(upload.discard);
  const body = { job: toJobView(job), preview: await getImportPreview(prisma, job.id) };
  return Response.json(body, { status: 201, headers: { "Cache-Control": "no-store" } });
});
