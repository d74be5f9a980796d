import { connection } from "next/server";
import { readJsonBody } from "@/lib/api-v1/http/body";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { importJobIdSchema, importsDatabase, previewImportBodySchema } from "@/lib/imports/api";
import { getImportPreview } from "@/lib/imports/job-preview";
import { importMappingSchema } from "@/lib/imports/mapping";

type Context = { params: Promise<{ id: string }> };

/** GET /api/imports/:id/preview — the first rows with the offered mapping (after a reload). */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "import");
  const id = importJobIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Import job");
  return getImportPreview(importsDatabase(), id.data);
});

/** POST /api/imports/:id/preview — { mapping }: the first rows validated with an edited mapping. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "import");
  const id = importJobIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Import job");
  const { mapping } = previewImportBodySchema.parse(await readJsonBody(request));
  return getImportPreview(importsDatabase(), id.data, importMappingSchema.parse(mapping));
});
