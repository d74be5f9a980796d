import { after, connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { apiRoute, searchParamsOf } from "@/lib/http/route";
import { getGraphView } from "@/lib/graph/get-graph-view";
import { graphQuerySchema } from "@/lib/graph/schemas";
import { db } from "@/lib/db";

/** GET /api/graph?campaign=&from=&to=&country=&language=&platform=&verdict=&types=&minConfidence=&focus= */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "read");
  const query = graphQuerySchema.parse(searchParamsOf(request));
  // A missing layout is computed and stored after the answer is sent, so the next open of this view is instant.
  return getGraphView(query, db, (task) => after(task));
});
