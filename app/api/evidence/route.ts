import { connection } from "next/server";
import { authorise } from "@/lib/http/authorise";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { maxUploadBytes } from "@/lib/evidence/config";
import { cleanFileName, savePendingUpload } from "@/lib/evidence/pending-uploads";
import { storeUpload, uploadTooLarge } from "@/lib/evidence/store-upload";

/**
 * POST /api/evidence — the raw file as the body, its name in `X-File-Name` (percent-encoded). Answers 201 with a
 * pending upload (id, SHA-256, sniffed type) that POST /api/sightings attaches on save.
 */
export const POST = apiRoute(async (request) => {
  await connection();
  const principal = await authorise(request, "write");
  if (Number(request.headers.get("content-length") ?? 0) > maxUploadBytes()) throw uploadTooLarge();
  if (!request.body) throw new ApiError(422, "invalid_request", "No file was sent", [{ path: "file", message: "is required" }]);
  const stored = await storeUpload(request.body);
  const pending = await savePendingUpload(stored, cleanFileName(request.headers.get("x-file-name")), principal.userId);
  const { uploadId, sha256, sizeBytes, mimeType, originalName } = pending;
  return Response.json({ uploadId, sha256, sizeBytes, mimeType, originalName }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
