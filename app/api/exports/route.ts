import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { prepareExport } from "@/lib/exports/build-export";
import { auditedDownload } from "@/lib/exports/download-audit";
import { downloadResponse, requestAbort } from "@/lib/exports/http";
import { exportQuerySchema, exportRequestOf } from "@/lib/exports/schemas";
import { heavyRoute } from "@/lib/http/heavy-route";
import { searchParamsOf } from "@/lib/http/route";

/**
 * GET /api/exports?format=csv|jsonl|stix|gexf|graphml|claimreview[&table=items][&csvCells=safe|raw][&spreadsheet=1]
 *   [&campaign&from&to&country&language&platform&verdict]
 * Streams the export as a download; X-Export-Items carries the item count (the client's progress denominator). The
 * download is audited once it has ended (lib/exports/download-audit.ts).
 */
export const GET = heavyRoute("exports", "export", async (request, principal) => {
  const query = exportQuerySchema.parse(searchParamsOf(request));
  const abort = requestAbort(request);
  const database = getDatabase();
  const prepared = await prepareExport(database, exportRequestOf(query), {
    signal: abort.signal,
    role: principal.role,
    baseUrl: new URL(request.url).origin,
  });
  const download = auditedDownload(prepared, database, actorOf(principal), { table: query.table });
  return downloadResponse(download, abort, { "X-Export-Items": String(prepared.items) });
});
