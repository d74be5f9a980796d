import { connection } from "next/server";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { createSnapshotBodySchema, exportRequestOf } from "@/lib/exports/schemas";
import { createSnapshot, listSnapshots } from "@/lib/exports/snapshots";
import { authorise } from "@/lib/http/authorise";
import { heavyRoute } from "@/lib/http/heavy-route";
import { apiRoute } from "@/lib/http/route";
import { readJsonBody } from "@/lib/api-v1/http/body";

/** GET /api/exports/snapshots — the 20 most recent snapshots with their manifests. */
export const GET = apiRoute(async (request) => {
  await connection();
  await authorise(request, "export");
  return { snapshots: await listSnapshots(getDatabase().prisma) };
});

/** POST /api/exports/snapshots {format, table?, campaign?, from?, …} — runs the export to files and pins it. */
export const POST = heavyRoute("exports", "export", async (request, principal) => {
  const body = createSnapshotBodySchema.parse(await readJsonBody(request));
  const snapshot = await createSnapshot(getDatabase(), exportRequestOf(body), actorOf(principal), {
    role: principal.role,
    baseUrl: new URL(request.url).origin,
    signal: request.signal,
  });
  return Response.json({ snapshot }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
