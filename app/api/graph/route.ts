import { after } from "next/server";
import { heavyRoute } from "@/lib/http/heavy-route";
import { searchParamsOf } from "@/lib/http/route";
import { getGraphView } from "@/lib/graph/get-graph-view";
import { graphQuerySchema } from "@/lib/graph/schemas";
import { db } from "@/lib/db";

/** GET /api/graph?campaign=&from=&to=&country=&language=&platform=&verdict=&types=&minConfidence=&focus= */
export const GET = heavyRoute("graph", "read", async (request) => {
  const query = graphQuerySchema.parse(searchParamsOf(request));
  // A missing layout is computed and stored after the answer is sent, so the next open of this view is instant.
  return getGraphView(query, db, (task) => after(task));
});
