import { connection } from "next/server";
import { getDatabase } from "@/lib/db";
import { snapshotIdSchema } from "@/lib/exports/schemas";
import { getSnapshot } from "@/lib/exports/snapshots";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/exports/snapshots/:id — the snapshot's manifest (filter, time, row counts, SHA-256 of every file). */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "export");
  const id = snapshotIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound(`Export snapshot ${(await params).id}`);
  const { storagePath: _path, ...snapshot } = await getSnapshot(getDatabase().prisma, id.data);
  return { snapshot };
});
