import { connection } from "next/server";
import { z } from "zod";
import { getDatabase } from "@/lib/db";
import { downloadResponse, requestAbort } from "@/lib/exports/http";
import { snapshotIdSchema } from "@/lib/exports/schemas";
import { getSnapshot, snapshotDownload } from "@/lib/exports/snapshots";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute, searchParamsOf } from "@/lib/http/route";

type Context = { params: Promise<{ id: string }> };
const querySchema = z.strictObject({ file: z.string().max(100).optional() });

/** GET /api/exports/snapshots/:id/download[?file=items.csv] — the pinned files, byte for byte (CSV: as a ZIP). */
export const GET = apiRoute<Context>(async (request, { params }) => {
  await connection();
  await authorise(request, "export");
  const { file } = querySchema.parse(searchParamsOf(request));
  const id = snapshotIdSchema.safeParse((await params).id);
  if (!id.success) throw ApiError.notFound(`Export snapshot ${(await params).id}`);
  const snapshot = await getSnapshot(getDatabase().prisma, id.data);
  return downloadResponse(snapshotDownload(snapshot, file), requestAbort(request));
});
