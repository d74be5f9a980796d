import { connection } from "next/server";
import { clusteringDatabase } from "@/lib/clustering/api";
import { assignmentRows, assignmentsCsv } from "@/lib/clustering/assignments";
import { clusterRunIdSchema } from "@/lib/clustering/schemas";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/clustering/runs/:id/assignments — the run's assignments table as CSV (item id, canonical URL, import row
 * key, content cluster, suggestion, suggested campaign, top reason). Only the latest completed run keeps its table.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "admin");
  const id = clusterRunIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound("Clustering run");
  const prisma = clusteringDatabase();
  if (!(await prisma.clusterRun.findUnique({ where: { id: id.data }, select: { id: true } }))) throw ApiError.notFound("Clustering run");
  return new Response(assignmentsCsv(await assignmentRows(prisma, id.data)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="clustering-${id.data.slice(0, 8)}-assignments.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
