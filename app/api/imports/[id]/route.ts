import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { importJobIdSchema, importsDatabase } from "@/lib/imports/api";
import { getImportJob } from "@/lib/imports/jobs/get-job";

type Context = { params: Promise<{ id: string }> };

/** GET /api/imports/:id — status and progress (rows done / total, rows/s, seconds left) and the first failures. */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "import");
  const id = importJobIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Import job");
  return getImportJob(importsDatabase(), id.data);
});
