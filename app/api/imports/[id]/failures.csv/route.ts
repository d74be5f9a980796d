import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { importJobIdSchema, importsDatabase } from "@/lib/imports/api";
import { failuresCsv } from "@/lib/imports/jobs/failures-csv";

type Context = { params: Promise<{ id: string }> };

/** GET /api/imports/:id/failures.csv — every failed row: row, field, reason (streamed). */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "import");
  const id = importJobIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Import job");
  const prisma = importsDatabase();
  if (!(await prisma.importJob.findUnique({ where: { id: id.data }, select: { id: true } }))) throw ApiError.notFound("Import job");
  const encoder = new TextEncoder();
  const chunks = failuresCsv(prisma, id.data);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="import-${id.data.slice(0, 8)}-failures.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
